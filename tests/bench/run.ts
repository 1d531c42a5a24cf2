import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, type BenchArgs } from './lib/args';
import { collectGarbage } from './lib/measure';
import { forJson, formatLine, formatSkip, withinLimits } from './lib/report';
import { selectFigures } from './lib/select';
import { isSkipped, type BenchContext, type Figure, type FigureResult } from './lib/types';

/**
 * `npm run bench [-- --json] [--only NAME|GROUP[,…]] [--reps N] [--warmup N] [--list]`
 * Collects every `figures` export of tests/bench/figures/*.ts (in file-name order), measures
 * each against its same-run reference (`--only suggest` runs every `suggest-…` figure) and prints one line per figure (or a JSON array).
 * Exits 1 when a figure is over its target (ratio) or its budget (value).
 *
 * Each figure file starts with an empty fixture cache and a collected heap: the maps and
 * stores that one file's figures built are not alive while the next file's are measured.
 * (Held over, they were some hundreds of MB, and made `load-10k` about 0.1 slower than
 * alone; in the app a load runs in a worker holding nothing else.)
 */

const here = dirname(fileURLToPath(import.meta.url));

/** Which figure file each figure comes from. */
const fileOf = new WeakMap<Figure, string>();

async function loadFigures(): Promise<Figure[]> {
  const dir = join(here, 'figures');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort();
  const all: Figure[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { figures?: unknown };
    if (!Array.isArray(mod.figures)) throw new Error(`tests/bench/figures/${f} does not export a \`figures\` array`);
    for (const fig of mod.figures as Figure[]) {
      if (seen.has(fig.name)) throw new Error(`two figures are named "${fig.name}" (second in ${f})`);
      seen.add(fig.name);
      fileOf.set(fig, f);
      all.push(fig);
    }
  }
  return all;
}

async function run(args: BenchArgs): Promise<number> {
  const all = await loadFigures();
  if (args.list) {
    for (const f of all) process.stdout.write(`${f.name} (vs ${f.versus}): ${f.description}\n`);
    return 0;
  }
  const { chosen, unknown } = selectFigures(all, args.only);
  if (unknown.length) {
    process.stderr.write(`bench: no figure named ${unknown.join(', ')}; there are: ${all.map((f) => f.name).join(', ')}\n`);
    return 2;
  }
  const tmpDir = mkdtempSync(join(tmpdir(), 'mcred-bench-'));
  const cache = new Map<string, unknown>();
  const ctx: BenchContext = {
    tmpDir,
    reps: args.reps,
    warmup: args.warmup,
    root: join(here, '..', '..'),
    cached<T>(key: string, build: () => T): T {
      if (!cache.has(key)) cache.set(key, build());
      return cache.get(key) as T;
    },
  };
  const results: FigureResult[] = [];
  let failed = false;
  // Human lines go to stdout as they come; with --json, stdout carries only the array.
  const note = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);
  let file: string | undefined;
  try {
    for (const fig of chosen) {
      if (fileOf.get(fig) !== file) {
        file = fileOf.get(fig);
        cache.clear();
        collectGarbage();
      }
      try {
        const m = await fig.measure(ctx);
        if (isSkipped(m)) {
          note(formatSkip(fig.name, m.skipped));
          continue;
        }
        const ratio = m.ratio ?? m.value / m.reference;
        const budget = m.budget ?? null;
        const ok = withinLimits({ value: m.value, ratio, target: m.target, budget });
        const r: FigureResult = { name: fig.name, value: m.value, unit: m.unit, reference: m.reference, versus: fig.versus, ratio, target: m.target, budget, ok };
        results.push(r);
        if (!ok) failed = true;
        if (!args.json) note(formatLine(r));
      } catch (e) {
        failed = true;
        process.stderr.write(`bench: ${fig.name} failed (${e instanceof Error ? e.message : String(e)})\n`);
      }
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  if (args.json) process.stdout.write(`${JSON.stringify(results.map(forJson), null, 2)}\n`);
  return failed ? 1 : 0;
}

let args: BenchArgs;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
process.exitCode = await run(args);

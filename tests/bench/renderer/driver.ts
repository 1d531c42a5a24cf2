import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { applyCommand } from '../../../shared/commands';
import { formatStamp, makeClock } from '../../../shared/model';
import { generateMap } from '../../../shared/sample/generate';
import { BENCH_SEED } from '../lib/fixtures';
import { median } from '../lib/measure';
import type { BenchContext } from '../lib/types';

/** Drives the renderer bench page (tests/bench/renderer) in Chromium and collects its numbers. */

export const BENCH_NODES = 2_000;
const PAN_MS = 1_500;
/** Keystrokes timed per page load (each changes the text of a different node). */
const KEYSTROKES = 15;
const VIEWPORT = { width: 1440, height: 900 };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

interface ModeRuns {
  firstRender: number[];
  panP95: number[];
  editRenders: number[];
  /** Per page load: the median time from a one-node text change to the paint that shows it. */
  keystroke: number[];
}
export interface RendererRuns {
  ours: ModeRuns;
  plain: ModeRuns;
}

/** What the page puts on its window (see pageHooks.tsx); named here because this side has no DOM types. */
interface PageGlobals {
  __bench?: { firstRender?: number; editOne?: () => Promise<number>; keystroke?: () => Promise<number> };
  __pan?: (ms: number) => Promise<number[]>;
}

export function p95(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * (s.length - 1)))]!;
}

/** Builds the page once per run with Vite into the scratch folder, with the map beside it. */
async function buildPage(ctx: BenchContext): Promise<string> {
  const outDir = join(ctx.tmpDir, 'renderer-bench');
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: join(ctx.root, 'tests', 'bench', 'renderer'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // The Profiler's onRender (node re-renders, profiledNodes.tsx) runs only in React's profiling build; both views use it.
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
    build: { outDir, emptyOutDir: true },
  });
  const generated = generateMap({ seed: BENCH_SEED, entities: BENCH_NODES });
  const tidy = applyCommand(generated, { name: 'layout.auto', payload: {} }, { stamp: formatStamp(makeClock('bench001', Date.UTC(2027, 0, 1)), 'pe_bench') });
  if (!tidy.ok) throw new Error(tidy.refusal.message);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'map.json'), JSON.stringify(tidy.doc));
  return outDir;
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

async function onePage(browser: Browser, url: string, mode: 'ours' | 'plain', into: ModeRuns, withEdit: boolean): Promise<void> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(`${url}index.html?mode=${mode}`);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__bench?.firstRender !== undefined, undefined, { timeout: 120_000, polling: 100 });
    into.firstRender.push(await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench!.firstRender!));
    const intervals = await page.evaluate((ms) => (globalThis as unknown as PageGlobals).__pan!(ms), PAN_MS);
    into.panP95.push(p95(intervals));
    const keystrokes: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) keystrokes.push(await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench!.keystroke!()));
    into.keystroke.push(median(keystrokes));
    if (withEdit) into.editRenders.push(await page.evaluate(() => (globalThis as unknown as PageGlobals).__bench!.editOne!()));
  } finally {
    await page.close();
  }
}

/** Alternates page loads of the two modes (A B B A …) after a warm-up of each. */
export async function measureRenderer(ctx: BenchContext, executablePath: string): Promise<RendererRuns> {
  const dir = await buildPage(ctx);
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const runs: RendererRuns = { ours: { firstRender: [], panP95: [], editRenders: [], keystroke: [] }, plain: { firstRender: [], panP95: [], editRenders: [], keystroke: [] } };
  const scratch: RendererRuns = { ours: { firstRender: [], panP95: [], editRenders: [], keystroke: [] }, plain: { firstRender: [], panP95: [], editRenders: [], keystroke: [] } };
  try {
    for (let i = 0; i < Math.min(ctx.warmup, 1); i++) {
      await onePage(browser, url, 'ours', scratch.ours, false);
      await onePage(browser, url, 'plain', scratch.plain, false);
    }
    const reps = Math.min(ctx.reps, 5);
    for (let i = 0; i < reps; i++) {
      const order: ('ours' | 'plain')[] = i % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
      for (const mode of order) await onePage(browser, url, mode, runs[mode], mode === 'ours');
    }
  } finally {
    await browser.close();
    server.close();
  }
  return runs;
}

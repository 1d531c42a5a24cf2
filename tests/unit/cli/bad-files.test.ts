import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, makeTempDir, runCli, spawnCli, type CliOutcome } from './support/runCli';

const BAD = join(FIXTURES, 'bad');

/** Fixture → expected exit code and whether it can be repaired, read from the table in the folder's README. */
function expectedRows(): Map<string, { code: number; repairable: boolean }> {
  const table = new Map<string, { code: number; repairable: boolean }>();
  for (const line of readFileSync(join(BAD, 'README.md'), 'utf8').split('\n')) {
    const m = /^\| ([^|\s]+) \| ([12]) \| (yes|no) \|/.exec(line);
    if (m) table.set(m[1]!, { code: Number(m[2]), repairable: m[3] === 'yes' });
  }
  return table;
}

const ROWS = expectedRows();
const EXPECTED = new Map([...ROWS].map(([f, row]) => [f, row.code]));
const FILES = readdirSync(BAD)
  .filter((f) => f !== 'README.md')
  .sort();

/** A fingerprint of a fixture's bytes (a folder: of its files). */
function fingerprint(path: string): string {
  const hash = createHash('sha256');
  if (statSync(path).isDirectory()) {
    for (const f of readdirSync(path).sort()) hash.update(f).update(readFileSync(join(path, f)));
  } else hash.update(readFileSync(path));
  return hash.digest('hex');
}

/** What every answer to a bad file must look like: short, human, about that file. */
function expectShortHumanAnswer(out: CliOutcome, file: string): void {
  const text = out.stdout + out.stderr;
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(2_000);
  expect(text).not.toMatch(/^\s{4}at /m);
  expect(text).not.toMatch(/Error:|TypeError|RangeError|node:internal/);
  expect(text).toContain(file);
}

describe('the bad-file fixtures', () => {
  it('are at least 25, and each is listed in the README with its exit code', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
    expect(FILES.filter((f) => !EXPECTED.has(f))).toEqual([]);
    expect([...EXPECTED.keys()].filter((f) => !FILES.includes(f))).toEqual([]);
  });

  it('are tiny, except the one whose size is the point', () => {
    for (const f of FILES) {
      const path = join(BAD, f);
      if (statSync(path).isDirectory()) continue;
      expect(statSync(path).size, f).toBeLessThan(f === 'deep-nesting.mcred' ? 260_000 : 4_000);
    }
  });
});

describe.each(FILES)('mcred validate %s', (file) => {
  const path = join(BAD, file);
  const expected = EXPECTED.get(file);

  it('answers briefly, without a stack trace, and leaves the file as it was', async () => {
    const before = fingerprint(path);
    const out = await runCli(['validate', file], { cwd: BAD });
    expect([1, 2]).toContain(out.code);
    expectShortHumanAnswer(out, file);
    expect(fingerprint(path)).toBe(before);
  });

  it(`exits with ${expected}`, async () => {
    const out = await runCli(['validate', file], { cwd: BAD });
    expect(out.code).toBe(expected);
  });

  it('reports the same problems as JSON', async () => {
    const out = await runCli(['validate', '--json', path], { cwd: BAD });
    const report = JSON.parse(out.stdout) as { file: string; valid: boolean; repairable: boolean; repairs?: { message: string }[]; problems: { message: string }[] };
    expect(report.file).toBe(path);
    expect(report.valid).toBe(false);
    expect(report.repairable, 'the Repair column of the README').toBe(ROWS.get(file)?.repairable);
    expect((report.repairs ?? []).length > 0).toBe(report.repairable);
    expect(report.problems.length).toBeGreaterThan(0);
    for (const p of report.problems) expect(p.message.length).toBeGreaterThan(5);
  });
});

describe('a 200 MB file (made at test time, sparse)', () => {
  let dir: string;
  let cleanup: () => void;
  let big: string;
  beforeAll(() => {
    ({ dir, cleanup } = makeTempDir());
    big = join(dir, 'huge.mcred');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);
  });
  afterAll(() => cleanup());

  it('is refused for its size before it is read, with exit 2', async () => {
    const started = performance.now();
    const out = await runCli(['validate', 'huge.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expectShortHumanAnswer(out, 'huge.mcred');
    expect(out.stdout).toMatch(/200 MB/);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(statSync(big).size).toBe(200 * 1024 * 1024);
  });
});

describe('the real binary on a handful of bad files', () => {
  const SPAWNED = ['truncated.mcred', 'binary-garbage.mcred', 'utf16-encoding.mcred', 'deep-nesting.mcred', 'proto-key.mcred', 'directory.mcred', 'requires-cycle.mcred'];

  // Not a timing test (machines here are shared): the cap only tells a hang from an answer.
  it('exits 1 or 2 with a short message, never hangs, and changes nothing', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const big = join(dir, 'huge.mcred');
      writeFileSync(big, '');
      truncateSync(big, 200 * 1024 * 1024);
      const cases = [...SPAWNED.map((f) => ({ file: f, cwd: BAD })), { file: 'huge.mcred', cwd: dir }];
      const before = cases.map((c) => (c.cwd === BAD ? fingerprint(join(BAD, c.file)) : ''));
      const started = performance.now();
      const outs = await Promise.all(cases.map((c) => spawnCli(['validate', c.file], { cwd: c.cwd, timeoutMs: 90_000 })));
      const wall = performance.now() - started;
      outs.forEach((out, i) => {
        const { file } = cases[i]!;
        expect(out.timedOut, file).toBe(false);
        expect(out.code, file).toBe(EXPECTED.get(file) ?? 2);
        expectShortHumanAnswer(out, file);
        if (before[i]) expect(fingerprint(join(BAD, file)), file).toBe(before[i]);
      });
      const slowest = Math.max(...outs.map((o) => o.ms));
      console.info(`spawned ${outs.length} × mcred validate in parallel: ${wall.toFixed(0)} ms wall, slowest ${slowest.toFixed(0)} ms`);
    } finally {
      cleanup();
    }
  }, 120_000);
});

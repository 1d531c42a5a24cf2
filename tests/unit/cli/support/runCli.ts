import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { run } from '../../../../electron/cli/main';
import type { CliIo } from '../../../../electron/cli/output';
import { parseDocument } from '../../../../shared/format';
import type { McredDocument } from '../../../../shared/model';
import { seededRandom } from '../../../helpers/json';

/** A deterministic stand-in for Math.random (mulberry32), shared with the other tests. */
export { seededRandom };

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const BIN = join(REPO_ROOT, 'bin', 'mcred.js');
export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}


/** Runs `mcred` in-process, through the same `run` the real binary calls. */
export async function runCli(argv: readonly string[], options: Partial<Omit<CliIo, 'stdout' | 'stderr'>> = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? { USER: 'tester' },
    now: options.now ?? (() => Date.UTC(2026, 2, 1, 9, 0, 0)),
    random: options.random ?? seededRandom(7),
  });
  return { code, stdout, stderr };
}

/**
 * Runs `mcred ARGV` in-process in `cwd` while another `mcred set` process saves the same
 * map: the other process runs (to the end) on the first tick of this one's clock, which
 * every command that edits a map reads right after the load, so the file changes between
 * this run's read and its save.
 */
export async function runWhileAnotherSets(argv: readonly string[], theirs: readonly string[], cwd: string) {
  let other: ReturnType<typeof spawnSync> | undefined;
  const out = await runCli(argv, {
    cwd,
    now: () => {
      other ??= spawnSync(process.execPath, [BIN, 'set', 'map.mcred', ...theirs], { cwd, encoding: 'utf8' });
      return Date.UTC(2026, 2, 1, 9, 0, 0);
    },
  });
  return { out, other: other! };
}

/** Runs the real `node bin/mcred.js` as a child process, killed after `timeoutMs`. */
export function spawnCli(argv: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<CliOutcome & { timedOut: boolean; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: options.cwd ?? REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 20_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

/** A fresh temp folder, removed by the returned cleanup. */
export function makeTempDir(prefix = 'mcred-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads a map file; a file that does not parse throws its first problem. */
export function readMapFile(path: string): McredDocument {
  const r = parseDocument(readFileSync(path));
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.doc;
}

/**
 * For the running test: a fresh temp folder holding a copy of `fixture` as `map.mcred` (and
 * copies of `alongside` files under their own names), removed when the test finishes.
 */
export function mapCopy(fixture: string, alongside: readonly string[] = []): { dir: string; file: string } {
  const { dir, cleanup } = makeTempDir();
  onTestFinished(cleanup);
  const file = join(dir, 'map.mcred');
  copyFileSync(fixture, file);
  for (const path of alongside) copyFileSync(path, join(dir, basename(path)));
  return { dir, file };
}

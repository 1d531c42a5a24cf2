/**
 * A faculty reviewer played by a real LibreOffice: `reviewWithLibreOffice` hands a Word file
 * and a list of edits to `reviewer.py`, which drives a headless LibreOffice through its UNO
 * API (tracked changes, comments) and saves the document as Word again, the way a reviewer
 * working in Writer would. See reviewer.py for the ops.
 *
 * Needs `soffice` on PATH and Debian's /usr/bin/python3 with the UNO bridge (python3-uno);
 * `.ci/run` installs both. `hasLibreOffice()` says whether they are here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Python that has the UNO bridge: Debian's, not a pyenv one found first on PATH. */
export const UNO_PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./reviewer.py', import.meta.url));
/** The whole review (start LibreOffice, edit, save, stop it). reviewer.py gives up at 75 s. */
const TIMEOUT_MS = 90_000;
/** After SIGTERM, time for reviewer.py to stop LibreOffice before it is killed. */
const GRACE_MS = 20_000;

export type ReviewOp =
  /** Tracked (default) replace of the first `find` in the first paragraph or cell containing `in`. */
  | { op: 'replace'; in: string; find: string; with: string; track?: boolean }
  /** Inserts `text` right after the first `after` in the first paragraph or cell containing `in`. */
  | { op: 'insert'; in: string; after: string; text: string; track?: boolean }
  /** A comment over the whole first paragraph or cell containing `in` (by `author` unless given). */
  | { op: 'comment'; in: string; text: string; author?: string };

export interface ReviewSummary {
  author: string;
  ops: Array<Record<string, unknown>>;
  seconds: number;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

let availability: string[] | undefined;

/** What is missing to run LibreOffice reviews here (empty when everything is). */
export function libreOfficeMissing(): string[] {
  if (availability) return availability;
  const missing: string[] = [];
  if (!onPath('soffice')) missing.push('soffice is not on PATH (apt-get install libreoffice-writer-nogui)');
  const py = spawnSync(UNO_PYTHON, ['-c', 'import uno'], { encoding: 'utf8', timeout: 20_000 });
  if (py.status !== 0) missing.push(`${UNO_PYTHON} cannot import uno (apt-get install python3-uno)${py.error ? `: ${py.error.message}` : ''}`);
  availability = missing;
  return missing;
}

/** Whether `soffice` is on PATH and /usr/bin/python3 has the UNO bridge. */
export function hasLibreOffice(): boolean {
  return libreOfficeMissing().length === 0;
}

/** One LibreOffice at a time: the CI machine is small and soffice is heavy. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Has LibreOffice open `inputDocx`, make `ops` as `author` (tracked changes are attributed to
 * that name) and save it as Word; resolves to the saved file's bytes, with the script's
 * summary. Rejects with the script's stderr when an op's text is not found or LibreOffice
 * fails, and after 90 s.
 */
export function reviewWithLibreOfficeDetailed(inputDocx: Uint8Array, ops: readonly ReviewOp[], author: string): Promise<{ bytes: Uint8Array; summary: ReviewSummary }> {
  const run = queue.then(
    () => runOnce(inputDocx, ops, author),
    () => runOnce(inputDocx, ops, author),
  );
  queue = run.catch(() => undefined);
  return run;
}

export async function reviewWithLibreOffice(inputDocx: Uint8Array, ops: readonly ReviewOp[], author: string): Promise<Uint8Array> {
  return (await reviewWithLibreOfficeDetailed(inputDocx, ops, author)).bytes;
}

function runOnce(inputDocx: Uint8Array, ops: readonly ReviewOp[], author: string): Promise<{ bytes: Uint8Array; summary: ReviewSummary }> {
  const dir = mkdtempSync(join(tmpdir(), 'mcs-lo-review-'));
  const input = join(dir, 'in.docx');
  const output = join(dir, 'out.docx');
  const opsFile = join(dir, 'ops.json');
  const pidFile = join(dir, 'soffice.pgid');
  writeFileSync(input, inputDocx);
  writeFileSync(opsFile, JSON.stringify({ author, ops }));
  return new Promise<{ bytes: Uint8Array; summary: ReviewSummary }>((resolve, reject) => {
    // TMPDIR: LibreOffice's throw-away profile goes into our folder, so it is removed with it
    // even if the script is killed. A process group of its own, so a timeout ends everything.
    const child = spawn(UNO_PYTHON, [SCRIPT, input, output, opsFile], {
      cwd: dir,
      env: { ...process.env, TMPDIR: dir, MCS_LO_PIDFILE: pidFile, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const signalGroup = (sig: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, sig);
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup('SIGTERM'); // reviewer.py stops LibreOffice on SIGTERM
      kill = setTimeout(() => signalGroup('SIGKILL'), GRACE_MS);
    }, TIMEOUT_MS);
    const finish = (error: Error | undefined, value?: { bytes: Uint8Array; summary: ReviewSummary }) => {
      clearTimeout(timer);
      if (kill) clearTimeout(kill);
      // reviewer.py removes the file once LibreOffice is gone; still there = it was killed first.
      if (existsSync(pidFile)) {
        const pgid = Number(readFileSync(pidFile, 'utf8'));
        if (pgid > 1) {
          try {
            process.kill(-pgid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
      }
      rmSync(dir, { recursive: true, force: true });
      if (error) reject(error);
      else resolve(value!);
    };
    child.on('error', (e) => finish(new Error(`could not run ${UNO_PYTHON} ${SCRIPT}: ${e.message}`)));
    child.on('close', (code, signal) => {
      const said = stderr
        .split('\n')
        .filter((l) => l.trim() && !/javaldx/.test(l))
        .join('\n');
      if (timedOut) return finish(new Error(`LibreOffice review timed out after ${TIMEOUT_MS / 1000} s${said ? `: ${said}` : ''}`));
      if (code !== 0) return finish(new Error(`LibreOffice review failed (${signal ?? `exit ${code}`}): ${said || '(no message)'}`));
      try {
        const summary = JSON.parse(stdout) as ReviewSummary;
        finish(undefined, { bytes: new Uint8Array(readFileSync(output)), summary });
      } catch (e) {
        finish(new Error(`LibreOffice review gave no result: ${(e as Error).message}; stdout: ${stdout}; stderr: ${said}`));
      }
    });
  });
}

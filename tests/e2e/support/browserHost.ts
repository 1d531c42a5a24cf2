import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..', '..');

export interface RunningHost {
  /**
   * The host's one-time launch link, e.g. http://127.0.0.1:41234/?launch=SECRET: the first
   * visit lets that browser context in (session cookie); later visits from the same context
   * just show the page again. Another browser context needs a host of its own.
   */
  url: string;
  /** The page's plain address, which answers only a browser that was let in. */
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Kills the host outright (SIGKILL: no chance to clean up), as a crash would. */
  kill: () => Promise<void>;
}

/**
 * Starts the browser host exactly as a user would (`scripts/start-browser.js`), on a free
 * port and without opening a browser, and waits for its "Serving on" line. `userFolder` is
 * the folder the user ran it in (npm's INIT_CWD): the page may reach it and the folders of
 * the maps it opens.
 */
export async function startBrowserHost(args: readonly string[] = [], userFolder?: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'start-browser.js'), ...args, '--port', '0', '--no-open'], {
    cwd: root,
    env: userFolder ? { ...process.env, INIT_CWD: userFolder } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 45_000);
    const check = () => {
      const match = /Serving on (http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  return { url, origin: new URL(url).origin, output: () => output, stop: () => stopChild(child, 'SIGTERM'), kill: () => stopChild(child, 'SIGKILL') };
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}

export interface TempFolder {
  path: string;
  write: (name: string, content: string) => Promise<string>;
  /**
   * Makes `data/` in the folder, for the host's `--data-dir`, holding `settings` (by default
   * the identity of Erin Tester, so no first-run welcome asks for a name); returns its path.
   */
  dataDir: (settings?: object) => Promise<string>;
  remove: () => Promise<void>;
}

/** The user the e2e tests run as, unless a test names someone else. */
export const TESTER = { personId: 'pe_e2etester', name: 'Erin Tester' };

/** A fresh folder per test, so tests never share or leave behind files. */
export async function makeTempFolder(): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), 'mcred-e2e-'));
  return {
    path,
    write: async (name, content) => {
      const file = join(path, name);
      await writeFile(file, content, 'utf8');
      return file;
    },
    dataDir: async (settings = { identity: TESTER }) => {
      const dir = join(path, 'data');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'settings.json'), JSON.stringify(settings), 'utf8');
      return dir;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

export interface HostPerTest {
  /** This test's own temp folder. */
  readonly folder: TempFolder;
  /** Starts the browser host for this test in its temp folder (stopping one it started before); stopped after the test. */
  start: (args?: readonly string[]) => Promise<RunningHost>;
}

/**
 * Gives each test of a spec its own temp folder and browser host, stopped and removed after
 * it. Call at the top level of the spec file.
 */
export function useHostPerTest(): HostPerTest {
  let folder: TempFolder | undefined;
  let host: RunningHost | undefined;
  test.beforeEach(async () => {
    folder = await makeTempFolder();
  });
  test.afterEach(async () => {
    await host?.stop();
    host = undefined;
    await folder?.remove();
    folder = undefined;
  });
  return {
    get folder() {
      if (!folder) throw new Error('the temp folder exists only while a test runs');
      return folder;
    },
    async start(args = []) {
      await host?.stop();
      host = await startBrowserHost(args, folder?.path);
      return host;
    },
  };
}

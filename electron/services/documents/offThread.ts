import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadResult, RepairResult } from '../../../shared/format';
import type { LoadJob, LoadWorkerData } from './loadWorker';

/** Files from this size up are parsed in a worker thread; smaller ones take milliseconds in place. */
export const OFF_THREAD_BYTES = 1024 * 1024;
/** How long a load may take before it is stopped and the file refused. */
export const LOAD_TIME_LIMIT_MS = 60_000;

export interface OffThreadOptions {
  repair?: boolean;
  timeLimitMs?: number;
}

type Outcome<R extends boolean | undefined> = R extends true ? RepairResult : LoadResult;

/**
 * A worker started ahead of need and warmed up (see loadWorker.ts). A map's large load in a
 * fresh worker ran its check as cold code, a quarter slower than warm, after waiting for the
 * worker to start; the ready worker has done both while nothing waited. Each load still has
 * a worker of its own, used once and then stopped; the next is made ready after the load.
 *
 * When: the desktop app keeps one ready from its start (`keepLoadWorkerReady`). Any host
 * keeps one ready after its first large load: a large map, once seen, comes back (reloads
 * when a co-editor saves it, opening it again, its copies). The browser host does not start
 * one before that: it runs from source, where a ready worker costs about 1.3 s of processor
 * time to start and warm, for every host started (each end-to-end test starts one).
 */
let ready: Worker | undefined;
let keepReady = false;
let started = 0;

/** Keeps one warmed load worker ready from now on. */
export function keepLoadWorkerReady(): void {
  keepReady = true;
  makeReady();
}

/** Stops the ready worker and keeps none until the next large load (a host that closes; tests). */
export async function stopLoadWorkers(): Promise<void> {
  keepReady = false;
  const worker = ready;
  ready = undefined;
  await worker?.terminate();
}

/** What the load workers are doing, for tests: whether one is ready, and how many were started in all. */
export function loadWorkerState(): { ready: boolean; started: number } {
  return { ready: !!ready, started };
}

function makeReady(): void {
  if (!keepReady || ready) return;
  let worker: Worker;
  try {
    worker = startWorker({ warm: true });
  } catch {
    return; // The next load starts its own worker and reports why it could not.
  }
  // A ready worker never keeps the process alive, and one that fails is simply not ready.
  worker.unref();
  const forget = () => {
    if (ready === worker) ready = undefined;
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  ready = worker;
}

/**
 * Runs `parseDocument` (or `repairDocument`) on `bytes` in a worker thread, so the host keeps
 * answering other requests meanwhile, and stops it after the time limit with a clear
 * problem. Every failure is a value: a worker that cannot start or crashes says so.
 */
export function parseOffThread<O extends OffThreadOptions>(bytes: Uint8Array, options: O): Promise<Outcome<O['repair']>> {
  const limit = options.timeLimitMs ?? LOAD_TIME_LIMIT_MS;
  const fail = (message: string, code: 'too-slow' | 'unreadable') => ({ ok: false, readable: false, problems: [{ code, message }] }) as unknown as Outcome<O['repair']>;
  return new Promise((resolve) => {
    let worker: Worker;
    keepReady = true;
    try {
      worker = ready ?? startWorker({ warm: false });
      ready = undefined;
      worker.ref();
    } catch (e) {
      resolve(fail(`the file could not be checked (${(e as Error).message})`, 'unreadable'));
      return;
    }
    // The first of result, failure, exit or time limit settles the load; the worker's exit
    // after it is stopped comes later and changes nothing.
    let settled = false;
    const settle = (outcome: Outcome<O['repair']>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
      makeReady();
    };
    const timer = setTimeout(
      () => settle(fail(`checking the file took longer than ${Math.round(limit / 1000)} seconds, so it was stopped; the file was not opened and has not been changed`, 'too-slow')),
      limit,
    );
    worker.once('message', (result: Outcome<O['repair']>) => settle(result));
    worker.once('error', (e) => settle(fail(`the file could not be checked (${e.message.split('\n')[0]})`, 'unreadable')));
    worker.once('exit', (code) => settle(fail(`the file could not be checked (the checker stopped with code ${code})`, 'unreadable')));
    const copy = bytes.slice();
    const job: LoadJob = { bytes: copy, repair: !!options.repair };
    worker.postMessage(job, [copy.buffer]);
  });
}

/**
 * The worker runs `loadWorker`: next to this module as `.js` in the Electron build (a
 * separate entry of electron.config.ts), or as `.ts` from source under tsx (the browser
 * host, the tests), which the worker then loads through tsx's loader too.
 */
function startWorker(workerData: LoadWorkerData): Worker {
  started++;
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./loadWorker.js', import.meta.url), { workerData });
  // From source: the worker registers tsx's loader first, as the host's own start script does.
  // The ESM build of tsx's API (require.resolve would give its CommonJS one).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./loadWorker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { workerData, eval: true });
}

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadResult, RepairResult } from '../../../shared/format';

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
 * Runs `parseDocument` (or `repairDocument`) on `bytes` in a worker thread, so the host keeps
 * answering other requests meanwhile, and stops it after the time limit with a clear
 * problem. Every failure is a value: a worker that cannot start or crashes says so.
 */
export function parseOffThread<O extends OffThreadOptions>(bytes: Uint8Array, options: O): Promise<Outcome<O['repair']>> {
  const limit = options.timeLimitMs ?? LOAD_TIME_LIMIT_MS;
  const fail = (message: string, code: 'too-slow' | 'unreadable') => ({ ok: false, readable: false, problems: [{ code, message }] }) as unknown as Outcome<O['repair']>;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(bytes, !!options.repair);
    } catch (e) {
      resolve(fail(`the file could not be checked (${(e as Error).message})`, 'unreadable'));
      return;
    }
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(fail(`checking the file took longer than ${Math.round(limit / 1000)} seconds, so it was stopped; the file was not opened and has not been changed`, 'too-slow'));
    }, limit);
    const settle = (outcome: Outcome<O['repair']>) => {
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    worker.once('message', (result: Outcome<O['repair']>) => settle(result));
    worker.once('error', (e) => settle(fail(`the file could not be checked (${e.message.split('\n')[0]})`, 'unreadable')));
    worker.once('exit', (code) => settle(fail(`the file could not be checked (the checker stopped with code ${code})`, 'unreadable')));
  });
}

/**
 * The worker runs `loadWorker`: next to this module as `.js` in the Electron build (a
 * separate entry of electron.config.ts), or as `.ts` from source under tsx (the browser
 * host, the tests), which the worker then loads through tsx's loader too.
 */
function startWorker(bytes: Uint8Array, repair: boolean): Worker {
  const copy = bytes.slice();
  const options = { workerData: { bytes: copy, repair }, transferList: [copy.buffer] };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./loadWorker.js', import.meta.url), options);
  // From source: the worker registers tsx's loader first, as the host's own start script does.
  // The ESM build of tsx's API (require.resolve would give its CommonJS one).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./loadWorker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

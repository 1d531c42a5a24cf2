/**
 * Worker-thread entry: runs the load pipeline (or the repair) on the one job it is sent and
 * posts the result back. Kept apart so a huge or hostile file never blocks the host's
 * event loop (in Electron: the main process), and can be stopped when it takes too long.
 *
 * A worker started ahead of need (`warm`) first loads the built-in example map again and
 * again, one load per turn of its event loop, so that the engine has compiled the check's
 * code before a large map arrives; a job that comes meanwhile is taken at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument, repairDocument, serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';

export interface LoadWorkerData {
  warm: boolean;
}
export interface LoadJob {
  bytes: Uint8Array;
  repair: boolean;
}

/**
 * Loads of the example (137 kB) before the worker just waits. Measured on a 10k-entity map
 * (18 MB) in a fresh worker: its first load took 345 ms cold, 269 ms after 50 loads of the
 * example, 243 ms after 200 (about 0.3 s of warming, in the background).
 */
const WARM_LOADS = 200;

let busy = false;
parentPort?.once('message', (job: LoadJob) => {
  busy = true;
  parentPort?.postMessage(job.repair ? repairDocument(job.bytes) : parseDocument(job.bytes));
});

/** Warming is only a head start: if it fails, the worker stops warming and still takes its job. */
function warmUp(): void {
  let example: Uint8Array;
  try {
    example = new TextEncoder().encode(serialiseDocument(createSampleDocument()));
  } catch {
    return;
  }
  let left = WARM_LOADS;
  const step = () => {
    if (busy || left-- <= 0) return;
    try {
      parseDocument(example);
    } catch {
      return;
    }
    setImmediate(step);
  };
  setImmediate(step);
}

if ((workerData as LoadWorkerData).warm) warmUp();

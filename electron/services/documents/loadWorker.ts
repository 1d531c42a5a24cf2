/**
 * Worker-thread entry: runs the load pipeline (or the repair) on the bytes it is given and
 * posts the result back. Kept apart so a huge or hostile file never blocks the host's
 * event loop (in Electron: the main process), and can be stopped when it takes too long.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument, repairDocument } from '../../../shared/format';

const { bytes, repair } = workerData as { bytes: Uint8Array; repair: boolean };
parentPort?.postMessage(repair ? repairDocument(bytes) : parseDocument(bytes));

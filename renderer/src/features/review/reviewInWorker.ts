import { plainDocument, type McredDocument } from '../../../../shared/model';
import type { PlanOptions, PlanResult } from '../../../../shared/review/reading';
import type { ReviewReply, ReviewRequest, ReviewStage } from './protocol';
import { runReview } from './runReview';

let nextId = 1;

/**
 * Reads and plans a review copy in a Web Worker (bundled by Vite), reporting the stage;
 * falls back to the UI thread where workers are unavailable (unit tests), like the skills
 * import's parseInWorker. The bytes are copied once, so the caller keeps its copy.
 */
export function reviewInWorker(bytes: Uint8Array, doc: McredDocument, options: PlanOptions, onStage: (stage: ReviewStage) => void): { result: Promise<PlanResult>; cancel: () => void } {
  if (typeof Worker === 'undefined') {
    return { result: Promise.resolve(runReview(bytes, doc, options, onStage)), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const result = new Promise<PlanResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<ReviewReply>) => {
      if (e.data.id !== id) return;
      if (e.data.kind === 'progress') onStage(e.data.stage);
      else {
        resolve(e.data.result);
        worker.terminate();
      }
    };
    worker.onerror = (e) => {
      resolve({ ok: false, code: 'corrupt', message: `The file could not be read (${e.message || 'the reader stopped'}).` });
      worker.terminate();
    };
  });
  const copy = bytes.slice().buffer;
  const request: ReviewRequest = { id, bytes: copy, doc: plainDocument(doc), options: { now: options.now.toISOString(), importer: options.importer, file: options.file } };
  worker.postMessage(request, [copy]);
  return { result, cancel: () => worker.terminate() };
}

import type { PostingMapping, PostingsFormat } from '../../../../shared/evidence';
import type { McredDocument } from '../../../../shared/model';
import { countBlob } from './countStream';
import type { Counted, CountReply, CountRequest } from './protocol';

let nextId = 1;

/** Counts in a Web Worker (bundled by Vite), reporting progress; on the UI thread where workers are unavailable. */
export function countInWorker(
  file: Blob,
  doc: McredDocument,
  options: { format?: PostingsFormat; mapping?: PostingMapping },
  onProgress: (fraction: number) => void,
): { result: Promise<Counted | { error: string }>; cancel: () => void } {
  if (typeof Worker === 'undefined') return { result: countBlob(file, doc, options, onProgress), cancel: () => undefined };
  const worker = new Worker(new URL('./count.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const result = new Promise<Counted | { error: string }>((resolve) => {
    worker.onmessage = (e: MessageEvent<CountReply>) => {
      if (e.data.id !== id) return;
      if (e.data.kind === 'progress') return onProgress(e.data.fraction);
      resolve(e.data.kind === 'done' ? e.data.counted : { error: e.data.message });
      worker.terminate();
    };
    worker.onerror = (e) => {
      resolve({ error: `the file could not be read (${e.message || 'the counter stopped'})` });
      worker.terminate();
    };
  });
  const request: CountRequest = { id, file, doc, ...(options.format ? { format: options.format } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}

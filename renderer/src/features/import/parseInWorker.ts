import { parseImport, type ImportFormat, type ParseOptions, type ParseResult } from '../../../../shared/import';
import type { ParseReply, ParseRequest } from './protocol';

let nextId = 1;

/**
 * Parses `bytes` in a Web Worker (bundled by Vite), reporting progress; falls back to the
 * UI thread where workers are unavailable (unit tests). The bytes are copied once so the
 * caller keeps its copy for re-parsing with another format or mapping.
 */
export function parseInWorker(bytes: Uint8Array, format: ImportFormat, options: Omit<ParseOptions, 'onProgress'>, onProgress: (fraction: number) => void): { result: Promise<ParseResult>; cancel: () => void } {
  if (typeof Worker === 'undefined') {
    return { result: Promise.resolve(parseImport(bytes, format, options)), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const result = new Promise<ParseResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<ParseReply>) => {
      if (e.data.id !== id) return;
      if (e.data.kind === 'progress') onProgress(e.data.fraction);
      else {
        resolve(e.data.result);
        worker.terminate();
      }
    };
    worker.onerror = (e) => {
      resolve({ ok: false, message: `the file could not be read (${e.message || 'the parser stopped'})` });
      worker.terminate();
    };
  });
  const copy = bytes.slice().buffer;
  const request: ParseRequest = { id, bytes: copy, format, options };
  worker.postMessage(request, [copy]);
  return { result, cancel: () => worker.terminate() };
}

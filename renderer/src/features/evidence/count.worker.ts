import { countBlob } from './countStream';
import type { CountReply, CountRequest } from './protocol';

/**
 * Counts job postings off the UI thread: 50,000 postings take many seconds to search,
 * which would freeze the canvas. The file is streamed from the user's disk here, never
 * pulled whole into the page.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<CountRequest>) => void) | null; postMessage(reply: CountReply): void };

scope.onmessage = (e) => {
  const { id, file, doc, format, mapping } = e.data;
  countBlob(file, doc, { ...(format ? { format } : {}), ...(mapping ? { mapping } : {}) }, (fraction) => scope.postMessage({ id, kind: 'progress', fraction }))
    .then((r) => scope.postMessage('error' in r ? { id, kind: 'failed', message: r.error } : { id, kind: 'done', counted: r }))
    .catch((error: unknown) => scope.postMessage({ id, kind: 'failed', message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` }));
};

import type { ReviewReply, ReviewRequest } from './protocol';
import { runReview } from './runReview';

/**
 * Reads a review copy off the UI thread: unzipping and parsing a long document with many
 * tracked changes and comments would otherwise freeze the map while the dialog waits.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<ReviewRequest>) => void) | null; postMessage(reply: ReviewReply): void };

scope.onmessage = (e) => {
  const { id, bytes, doc, options } = e.data;
  const result = runReview(new Uint8Array(bytes), doc, { ...options, now: new Date(options.now) }, (stage) => scope.postMessage({ id, kind: 'progress', stage }));
  scope.postMessage({ id, kind: 'done', result });
};

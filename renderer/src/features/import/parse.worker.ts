import { parseImport } from '../../../../shared/import/parse';
import type { ParseReply, ParseRequest } from './protocol';

/**
 * Parses an import file off the UI thread: a 14,000-row ESCO file takes most of a second to
 * tokenize, which would freeze the canvas. Progress is posted as the tokenizer advances.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<ParseRequest>) => void) | null; postMessage(reply: ParseReply): void };

scope.onmessage = (e) => {
  const { id, bytes, format, options } = e.data;
  let result;
  try {
    result = parseImport(new Uint8Array(bytes), format, { ...options, onProgress: (fraction) => scope.postMessage({ id, kind: 'progress', fraction }) });
  } catch (error) {
    result = { ok: false as const, message: `the file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  scope.postMessage({ id, kind: 'done', result });
};

import { countPostingChunks, type PostingMapping, type PostingsFormat } from '../../../../shared/evidence';
import type { McredDocument } from '../../../../shared/model';
import type { Counted } from './protocol';

/** Problems kept for the dialog; the rest are only counted. */
const MAX_KEPT_PROBLEMS = 500;

/** A stream's reader as an async iterable (Chromium's ReadableStream is not iterable everywhere). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel();
  }
}

/**
 * Streams a chosen file (`Blob.stream()`) through the reader and the counter, a chunk at a
 * time, as the CLI does with a Node stream: memory stays flat for a file of any size.
 * Progress is reported in steps of 1 %.
 */
export async function countBlob(
  file: Blob,
  doc: McredDocument,
  options: { format?: PostingsFormat; mapping?: PostingMapping },
  onProgress: (fraction: number) => void,
): Promise<Counted | { error: string }> {
  let lastShown = 0;
  const counted = await countPostingChunks(chunksOf(file.stream()), doc, {
    ...options,
    keepProblems: MAX_KEPT_PROBLEMS,
    onBytes: (read) => {
      const fraction = file.size ? read / file.size : 1;
      if (fraction - lastShown < 0.01) return;
      lastShown = fraction;
      onProgress(fraction);
    },
  });
  return 'error' in counted ? counted : { result: counted.result, problems: counted.problems, problemCount: counted.problemCount };
}

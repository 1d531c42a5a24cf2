import { EvidenceCounter, PostingsReader, type PostingMapping, type PostingsFormat, type RowProblem } from '../../../../shared/evidence';
import { detectEncoding } from '../../../../shared/import';
import type { McredDocument } from '../../../../shared/model';
import type { Counted } from './protocol';

/** Problems kept for the dialog; the rest are only counted. */
const MAX_KEPT_PROBLEMS = 500;

/**
 * Streams a chosen file (`Blob.stream()`) through the reader and the counter, a chunk at a
 * time, as the CLI does with a Node stream: memory stays flat for a file of any size.
 */
export async function countBlob(
  file: Blob,
  doc: McredDocument,
  options: { format?: PostingsFormat; mapping?: PostingMapping },
  onProgress: (fraction: number) => void,
): Promise<Counted | { error: string }> {
  const counter = new EvidenceCounter(doc);
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const reader = new PostingsReader(
    { ...(options.format ? { format: options.format } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) },
    (p) => counter.feed(p),
    (p) => {
      problemCount++;
      if (problems.length < MAX_KEPT_PROBLEMS) problems.push(p);
    },
  );
  const stream = file.stream().getReader();
  let decoder: TextDecoder | undefined;
  let read = 0;
  let lastShown = 0;
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    let bytes: Uint8Array = value;
    if (!decoder) {
      const { encoding, bomLength } = detectEncoding(bytes);
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
      bytes = bytes.subarray(bomLength);
    }
    reader.push(decoder.decode(bytes, { stream: true }));
    read += value.length;
    if (reader.error) {
      await stream.cancel();
      return { error: reader.error };
    }
    const fraction = file.size ? read / file.size : 1;
    if (fraction - lastShown >= 0.01) {
      lastShown = fraction;
      onProgress(fraction);
    }
  }
  if (decoder) reader.push(decoder.decode());
  reader.end();
  if (reader.error) return { error: reader.error };
  problems.sort((a, b) => a.line - b.line);
  return { result: counter.result(), problems, problemCount };
}

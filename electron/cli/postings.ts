import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { EvidenceCounter, PostingsReader, type EvidenceResult, type PostingMapping, type PostingsFormat, type RowProblem } from '../../shared/evidence';
import { detectEncoding } from '../../shared/import';
import type { McredDocument } from '../../shared/model';

/** Problems kept for the report; the rest are only counted, so a file of bad rows cannot fill memory. */
export const MAX_KEPT_PROBLEMS = 1_000;

export interface CountedFile {
  result: EvidenceResult;
  problems: RowProblem[];
  /** All problems, including those not kept. */
  problemCount: number;
  header: string[];
  mapping: PostingMapping;
  format: PostingsFormat;
  bytes: number;
}

/**
 * Streams a postings file through the reader and the counter: 1 MB at a time, decoded
 * (UTF-8 or UTF-16, BOM or not) as it comes, so memory stays flat whatever the file size.
 * `onProgress` gets the bytes read and the file size.
 */
export async function countPostingsFile(
  path: string,
  doc: McredDocument,
  options: { format?: PostingsFormat; mapping?: PostingMapping; onProgress?: (read: number, size: number) => void } = {},
): Promise<CountedFile | { error: string }> {
  const size = (await stat(path)).size;
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
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let read = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (!decoder) {
      const { encoding, bomLength } = detectEncoding(bytes);
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
      bytes = bytes.subarray(bomLength);
    }
    reader.push(decoder.decode(bytes, { stream: true }));
    read += chunk.length;
    options.onProgress?.(read, size);
    if (reader.error) {
      stream.destroy();
      break;
    }
  }
  if (!reader.error) {
    if (decoder) reader.push(decoder.decode());
    reader.end();
  }
  if (reader.error) return { error: reader.error };
  problems.sort((a, b) => a.line - b.line);
  return { result: counter.result(), problems, problemCount, header: reader.header, mapping: reader.mapping, format: reader.format ?? 'csv', bytes: size };
}

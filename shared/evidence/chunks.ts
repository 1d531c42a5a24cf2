import { detectEncoding } from '../import';
import type { McredDocument } from '../model';
import { EvidenceCounter } from './count';
import { PostingsReader } from './reader';
import type { EvidenceResult, PostingMapping, PostingsFormat, RowProblem } from './types';

export interface CountedPostings {
  result: EvidenceResult;
  /** The first `keepProblems` problems, by line. */
  problems: RowProblem[];
  /** All problems, including those not kept. */
  problemCount: number;
  header: string[];
  mapping: PostingMapping;
  format: PostingsFormat;
}

export interface CountStreamOptions {
  format?: PostingsFormat;
  mapping?: PostingMapping;
  /** Problems kept for the report; the rest are only counted, so a file of bad rows cannot fill memory. */
  keepProblems: number;
  /** Called after each chunk with the bytes read so far. */
  onBytes?: (read: number) => void;
}

/**
 * Counts a postings file given as a stream of byte chunks (a Node file stream in the CLI, a
 * `Blob.stream()` in the app's worker): each chunk is decoded as it comes (UTF-8 or UTF-16,
 * BOM or not, detected from the first chunk), read into postings and counted, so memory
 * stays flat whatever the file size. Stops at the first error that makes the file unreadable.
 */
export async function countPostingChunks(chunks: AsyncIterable<Uint8Array>, doc: McredDocument, options: CountStreamOptions): Promise<CountedPostings | { error: string }> {
  const counter = new EvidenceCounter(doc);
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const reader = new PostingsReader(
    { ...(options.format ? { format: options.format } : {}), ...(options.mapping ? { mapping: options.mapping } : {}) },
    (p) => counter.feed(p),
    (p) => {
      problemCount++;
      if (problems.length < options.keepProblems) problems.push(p);
    },
  );
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let read = 0;
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (!decoder) {
      const { encoding, bomLength } = detectEncoding(bytes);
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
      bytes = bytes.subarray(bomLength);
    }
    reader.push(decoder.decode(bytes, { stream: true }));
    read += chunk.length;
    options.onBytes?.(read);
    // Leaving the loop closes the source (its iterator's return()).
    if (reader.error) return { error: reader.error };
  }
  if (decoder) reader.push(decoder.decode());
  reader.end();
  if (reader.error) return { error: reader.error };
  problems.sort((a, b) => a.line - b.line);
  return { result: counter.result(), problems, problemCount, header: reader.header, mapping: reader.mapping, format: reader.format ?? 'csv' };
}

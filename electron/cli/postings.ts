import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { TEXT_SNIFF_BYTES, countPostingChunks, isNotText, type CountedPostings, type PostingMapping, type PostingsFormat } from '../../shared/evidence';
import type { McredDocument } from '../../shared/model';

/** Problems kept for the report; the rest are only counted, so a file of bad rows cannot fill memory. */
export const MAX_KEPT_PROBLEMS = 1_000;

export interface CountedFile extends CountedPostings {
  bytes: number;
}

/** Whether a postings file is not text (a workbook, a PDF…), judged from its first bytes as the app judges it. */
export async function isNotTextFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(TEXT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, TEXT_SNIFF_BYTES, 0);
    return isNotText(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Streams a postings file through the reader and the counter, 1 MB at a time, so memory
 * stays flat whatever the file size. `onProgress` gets the bytes read and the file size.
 */
export async function countPostingsFile(
  path: string,
  doc: McredDocument,
  options: { format?: PostingsFormat; mapping?: PostingMapping; onProgress?: (read: number, size: number) => void } = {},
): Promise<CountedFile | { error: string }> {
  const size = (await stat(path)).size;
  const { onProgress, ...rest } = options;
  const counted = await countPostingChunks(createReadStream(path, { highWaterMark: 1 << 20 }), doc, {
    ...rest,
    keepProblems: MAX_KEPT_PROBLEMS,
    ...(onProgress ? { onBytes: (read: number) => onProgress(read, size) } : {}),
  });
  return 'error' in counted ? counted : { ...counted, bytes: size };
}

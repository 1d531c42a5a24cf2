import type { ImportFormat, ParseOptions, ParseResult } from '../../../../shared/import';

/** What the wizard asks the parse worker: the file's bytes (transferred, not copied) and how to read them. */
export interface ParseRequest {
  id: number;
  bytes: ArrayBuffer;
  format: ImportFormat;
  options: Omit<ParseOptions, 'onProgress'>;
}

/** What the worker answers: progress now and then, then the result. */
export type ParseReply = { id: number; kind: 'progress'; fraction: number } | { id: number; kind: 'done'; result: ParseResult };

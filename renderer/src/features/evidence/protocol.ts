import type { EvidenceResult, PostingMapping, PostingsFormat, RowProblem } from '../../../../shared/evidence';
import type { McredDocument } from '../../../../shared/model';

/** The page asks the worker to count a file's postings against the map's skills. */
export interface CountRequest {
  id: number;
  file: Blob;
  doc: McredDocument;
  format?: PostingsFormat;
  mapping?: PostingMapping;
}

export interface Counted {
  result: EvidenceResult;
  problems: RowProblem[];
  problemCount: number;
}

export type CountReply =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'done'; counted: Counted }
  | { id: number; kind: 'failed'; message: string };

import type { McredDocument } from '../../../../shared/model';
import type { PlanResult } from '../../../../shared/review/reading';

/** What the dialog asks the review worker: the file's bytes (transferred), the map, how to plan. */
export interface ReviewRequest {
  id: number;
  bytes: ArrayBuffer;
  doc: McredDocument;
  /** PlanOptions with the date as ISO text (a Date survives structured clone, but text is plainer). */
  options: { now: string; importer: string; file: string };
}

/** What the worker answers: the stage it is in, then the plan or the ReviewError. */
export type ReviewReply = { id: number; kind: 'progress'; stage: ReviewStage } | { id: number; kind: 'done'; result: PlanResult };

/** Reading the .docx, then matching it against the map. */
export type ReviewStage = 'reading' | 'planning';

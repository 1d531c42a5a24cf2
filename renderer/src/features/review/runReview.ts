import type { McredDocument } from '../../../../shared/model';
import { planReview } from '../../../../shared/review/plan';
import { readReviewDocx } from '../../../../shared/review/read';
import type { PlanOptions, PlanResult } from '../../../../shared/review/reading';
import type { ReviewStage } from './protocol';

/**
 * Reads a returned review copy and plans its import against `doc`: what the worker runs,
 * and the UI thread where workers are unavailable. Never throws: a crash in the reader is
 * reported like any unreadable file, so the dialog always has words to show.
 */
export function runReview(bytes: Uint8Array, doc: McredDocument, options: PlanOptions, onStage: (stage: ReviewStage) => void = () => undefined): PlanResult {
  try {
    onStage('reading');
    const read = readReviewDocx(bytes);
    if (!read.ok) return read;
    onStage('planning');
    return planReview(doc, read.reading, options);
  } catch (error) {
    return { ok: false, code: 'corrupt', message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

import type { McredDocument } from '../model';
import type { PlanOptions, PlanResult, ReviewReading } from './reading';

/** Plans the import of a reading into `doc`: one `review.import` command. */
export function planReview(doc: McredDocument, reading: ReviewReading, options: PlanOptions): PlanResult {
  return { ok: false, code: 'corrupt', message: `Planning reviews is not built yet (${doc.id}, ${reading.fields.length}, ${options.file}).` };
}

import { describe, expect, it } from 'vitest';
import { runReview } from '../../../renderer/src/features/review/runReview';
import { isWordFile, ReviewUi } from '../../../renderer/src/features/review/reviewUi';
import { createSampleDocument } from '../../../shared/sample';

describe('import review plumbing', () => {
  // What the worker (and the UI-thread fallback) runs: a file that is not a review copy gives a ReviewError in words.
  it('answers a ReviewError in words for a file that is not a review copy, and never throws', () => {
    const stages: string[] = [];
    const result = runReview(new TextEncoder().encode('not a zip'), createSampleDocument(), { now: new Date(), importer: 'pe_mchen', file: 'notes.docx' }, (s) => stages.push(s));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    expect(stages[0]).toBe('reading');
  });

  it('a drop opens the dialog with the file, and each request is new', () => {
    const ui = new ReviewUi();
    ui.requestImport();
    const first = ui.getState().importRequest!;
    expect(first.file).toBeUndefined();
    ui.requestImport(new File([new Uint8Array([1])], 'review.docx'));
    expect(ui.getState().importRequest!.seq).toBeGreaterThan(first.seq);
    expect(ui.getState().importRequest!.file?.name).toBe('review.docx');
    ui.closeImport();
    expect(ui.getState().importRequest).toBeUndefined();
    expect(isWordFile('Spec (reviewed).DOCX')).toBe(true);
    expect(isWordFile('map.mcred')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { reviewInWorker } from '../../../renderer/src/features/review/reviewInWorker';
import { isWordFile, ReviewUi } from '../../../renderer/src/features/review/reviewUi';
import { createSampleDocument } from '../../../shared/sample';

describe('import review plumbing', () => {
  it('reads on the UI thread where there are no workers, and answers a ReviewError in words for a file that is not a review copy', async () => {
    expect(typeof Worker).toBe('undefined');
    const stages: string[] = [];
    const job = reviewInWorker(new TextEncoder().encode('not a zip'), createSampleDocument(), { now: new Date(), importer: 'pe_mchen', file: 'notes.docx' }, (s) => stages.push(s));
    const result = await job.result;
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

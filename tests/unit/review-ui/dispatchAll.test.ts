import { describe, expect, it } from 'vitest';
import { acceptAllFrom } from '../../../renderer/src/features/review/reviewModel';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import type { Credential } from '../../../shared/model';
import { FIX, outcome, reviewedSample } from './reviewFixture';

const ME = 'pe_mchen';

function storeWithReview() {
  let t = 1_800_000_000_000;
  return new DocumentStore(reviewedSample(), ME, 'tst00001', () => (t += 10));
}

const content = (doc: ReturnType<DocumentStore['getState']>['doc']) => ({ ...doc, meta: undefined, saves: undefined });

describe('DocumentStore.dispatchAll', () => {
  it('applies "accept all from Ruth" as one step: her text in the fields, stamped as hers; one undo restores all', () => {
    const store = storeWithReview();
    const before = store.getState().doc;
    const { calls } = acceptAllFrom(before, FIX.ruth.id, ME, '2026-03-13T10:00:00Z');
    expect(calls).toHaveLength(2);
    expect(store.dispatchAll(calls, { label: `Accept all from ${FIX.ruth.name}` })).toBeUndefined();

    const after = store.getState().doc;
    expect(outcome(after, FIX.detect.target).statement).toBe(FIX.newDetect);
    expect((after.entities[FIX.qa.target] as Credential).qualityAssurance).toBe(FIX.newQa);
    expect(after.meta.stamps[FIX.detect.target]!.statement!.endsWith(`@${FIX.ruth.id}`)).toBe(true);
    expect(after.proposals[FIX.detect.id]!).toMatchObject({ status: 'accepted', decidedBy: ME });
    expect(store.getState().undoLabel).toBe('Accept all from Ruth Okafor');

    expect(store.undo()).toBe(true);
    expect(content(store.getState().doc)).toEqual(content(before));
    expect(store.getState().canUndo).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.getState().doc.proposals[FIX.qa.id]!.status).toBe('accepted');
  });

  it('changes nothing when one of the calls is refused', () => {
    const store = storeWithReview();
    const before = store.getState().doc;
    const refusal = store.dispatchAll([
      { name: 'proposal.decide', payload: { id: FIX.detect.id, decision: 'accepted', by: ME, at: '2026-03-13T10:00:00Z' } },
      { name: 'proposal.decide', payload: { id: 'pp_nosuch', decision: 'accepted', by: ME, at: '2026-03-13T10:00:00Z' } },
    ]);
    expect(refusal?.code).toBe('not-found');
    expect(store.getState().doc).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { proposalViews } from '../../../shared/review/proposals';
import { acceptAllFrom, acceptAllOptions, fieldLabel, groupProposals, importHistory, openCount, unplacedByReview } from '../../../renderer/src/features/review/reviewModel';
import { applyCommand } from '../../../shared/commands';
import { FIX, reviewedSample } from './reviewFixture';

const ME = 'pe_mchen';
const NOW = '2026-03-13T10:00:00Z';

describe('review panel model', () => {
  it('says fields in words', () => {
    expect(fieldLabel('statement')).toBe('Statement');
    expect(fieldLabel('qualityAssurance')).toBe('Quality assurance');
    expect(fieldLabel('eqfLevel')).toBe('EQF level');
  });

  it('groups open proposals by record, conflicts first, with the record label and reviewer comment count', () => {
    const doc = reviewedSample();
    const groups = groupProposals(doc, 'open');
    expect(groups.map((g) => g.target)).toEqual([FIX.triage.target, FIX.detect.target, FIX.report.target, FIX.qa.target]);
    expect(groups[0]!.proposals[0]!.state).toBe('conflict');
    expect(groups[0]!.kind).toBe('outcome');
    expect(groups[0]!.label).toMatch(/^Prioritise security alerts/);
    expect(groups.find((g) => g.target === FIX.detect.target)!.reviewerComments).toBe(2);
    expect(groups.find((g) => g.target === FIX.qa.target)!.kind).toBe('credential');
    expect(openCount(proposalViews(doc))).toBe(4);
  });

  it('hides decided proposals under "open" and shows them under "all"', () => {
    let doc = reviewedSample();
    const r = applyCommand(doc, { name: 'proposal.decide', payload: { id: FIX.qa.id, decision: 'rejected', by: ME, at: NOW } }, { stamp: '1800000000000-000-test0001@pe_mchen' });
    if (!r.ok) throw new Error(r.refusal.message);
    doc = r.doc;
    expect(groupProposals(doc, 'open').some((g) => g.target === FIX.qa.target)).toBe(false);
    const all = groupProposals(doc, 'all').find((g) => g.target === FIX.qa.target)!;
    expect(all.proposals.map((v) => v.state)).toEqual(['rejected']);
    expect(openCount(proposalViews(doc))).toBe(3);
  });

  it('"accept all from" builds one decide call per open proposal of that reviewer, leaving conflicts', () => {
    const doc = reviewedSample();
    const sam = acceptAllFrom(doc, FIX.sam.id, ME, NOW);
    expect(sam.calls).toEqual([{ name: 'proposal.decide', payload: { id: FIX.report.id, decision: 'accepted', by: ME, at: NOW } }]);
    expect(sam.conflicts).toBe(1);
    const ruth = acceptAllFrom(doc, FIX.ruth.id, ME, NOW);
    expect(ruth.calls.map((c) => (c.payload as { id: string }).id).sort()).toEqual([FIX.detect.id, FIX.qa.id].sort());
    expect(acceptAllOptions(doc, ME, NOW).map((o) => o.name)).toEqual([FIX.ruth.name, FIX.sam.name]);
  });

  it('leaves out a change that cannot be applied (an emptied title)', () => {
    const doc = reviewedSample();
    const p = doc.proposals[FIX.report.id]!;
    const broken = { ...doc, proposals: { ...doc.proposals, [p.id]: { ...p, after: '' } } };
    const sam = acceptAllFrom(broken, FIX.sam.id, ME, NOW);
    expect(sam.calls).toEqual([]);
    expect(sam.unusable).toBe(1);
  });

  it('lists unplaced items per review and the import history', () => {
    const doc = reviewedSample();
    const unplaced = unplacedByReview(doc);
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]!.items.map((u) => u.kind)).toEqual(['comment', 'paragraph']);
    expect(importHistory(doc).map((r) => [r.file, r.importedBy])).toEqual([[FIX.file, FIX.designer]]);
  });
});

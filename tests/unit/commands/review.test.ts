import { describe, expect, it } from 'vitest';
import { applyCommand, applyHistoryStep } from '../../../shared/commands';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { stampAuthor, type Credential, type McredDocument, type Outcome, type Person } from '../../../shared/model';
import { AUTHOR, apply, makeCredential, makeLink, makeMap, makeOutcome, makePerson, nextStamp, refusalOf } from '../../helpers/builders';

const REVIEWER: Person = makePerson({ id: 'pe_rhoward', name: 'Rita Howard', role: 'reviewer' });

function mapWithOutcome(): { doc: McredDocument; outcome: Outcome; credential: Credential } {
  const credential = makeCredential();
  const outcome = makeOutcome({ statement: 'Analyse logs from servers' });
  const doc = makeMap({ entities: [credential, outcome], links: [makeLink('part-of', outcome, credential)] });
  return { doc, outcome, credential };
}

function review(outcome: Outcome, extra: { proposals?: object[]; comments?: object[] } = {}) {
  return {
    review: {
      id: 'rw_1',
      file: 'Spec (RH).docx',
      at: '2026-04-01T09:00:00Z',
      importedBy: AUTHOR.id,
      reviewers: [REVIEWER.id],
      fingerprint: 'f00',
      counts: { changes: 1, comments: 1, unplaced: 1 },
      unplaced: [{ kind: 'comment' as const, text: 'Nice cover', where: 'Cover page', author: 'Rita Howard' }],
    },
    people: [REVIEWER],
    comments: extra.comments ?? [{ id: 'cm_r1', target: outcome.id, field: 'statement', author: REVIEWER.id, at: '2026-03-30T10:00:00Z', body: 'Measurable?' }],
    proposals: extra.proposals ?? [
      { id: 'pr_1', review: 'rw_1', target: outcome.id, field: 'statement', before: outcome.statement, after: 'Investigate logs from servers and cloud services', author: REVIEWER.id, at: '2026-03-30T10:05:00Z', status: 'open' as const },
    ],
  };
}

describe('review.import', () => {
  it('adds the reviewer, the comment, the proposal and the record of the import, which survive a save and load', () => {
    const { doc, outcome } = mapWithOutcome();
    const next = apply(doc, 'review.import', review(outcome));
    expect(next.people[REVIEWER.id]).toEqual(REVIEWER);
    expect(next.comments.cm_r1?.target).toBe(outcome.id);
    expect(next.proposals.pr_1?.status).toBe('open');
    expect(next.reviews.rw_1?.unplaced[0]?.where).toBe('Cover page');
    const reloaded = parseDocument(serialiseDocument(next));
    expect(reloaded.ok && reloaded.doc).toEqual(next);
  });

  it('skips comments and proposals already in the map (a second import of the same review adds nothing)', () => {
    const { doc, outcome } = mapWithOutcome();
    const once = apply(doc, 'review.import', review(outcome));
    const again = apply(once, 'review.import', { ...review(outcome), review: { ...review(outcome).review, id: 'rw_2' } });
    expect(Object.keys(again.proposals)).toEqual(['pr_1']);
    expect(Object.keys(again.comments)).toEqual(['cm_r1']);
    expect(Object.keys(again.reviews).sort()).toEqual(['rw_1', 'rw_2']);
  });

  it('refuses a proposal on a record that is not in the map, changing nothing', () => {
    const { doc, outcome } = mapWithOutcome();
    const bad = review(outcome, { proposals: [{ ...review(outcome).proposals[0], target: 'lo_gone' }] });
    expect(refusalOf(doc, 'review.import', bad)).toMatchObject({ code: 'not-found', message: expect.stringContaining('lo_gone') });
  });

  it('is undone as one step', () => {
    const { doc, outcome } = mapWithOutcome();
    const r = applyCommand(doc, { name: 'review.import', payload: review(outcome) }, { stamp: nextStamp() });
    if (!r.ok) throw new Error(r.refusal.message);
    const undone = applyHistoryStep(r.doc, r.inversePatches, nextStamp());
    if (!undone.ok) throw new Error('undo failed');
    expect(undone.doc.proposals).toEqual({});
    expect(undone.doc.comments).toEqual({});
    expect(undone.doc.reviews).toEqual({});
  });
});

describe('proposal.decide', () => {
  const imported = () => {
    const m = mapWithOutcome();
    return { ...m, doc: apply(m.doc, 'review.import', review(m.outcome)) };
  };

  it('accepting sets the field to the reviewer’s text, attributed to the reviewer, and records who accepted it', () => {
    const { doc, outcome } = imported();
    const next = apply(doc, 'proposal.decide', { id: 'pr_1', decision: 'accepted', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' });
    expect((next.entities[outcome.id] as Outcome).statement).toBe('Investigate logs from servers and cloud services');
    expect(stampAuthor(next.meta.stamps[outcome.id]!.statement!)).toBe(REVIEWER.id);
    expect(next.proposals.pr_1).toMatchObject({ status: 'accepted', decidedBy: AUTHOR.id, decidedAt: '2026-04-02T08:00:00Z' });
    expect(stampAuthor(next.meta.stamps.pr_1!.status!)).toBe(AUTHOR.id);
  });

  it('rejecting leaves the field as it was', () => {
    const { doc, outcome } = imported();
    const next = apply(doc, 'proposal.decide', { id: 'pr_1', decision: 'rejected', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' });
    expect(next.entities[outcome.id]).toEqual(doc.entities[outcome.id]);
    expect(next.proposals.pr_1?.status).toBe('rejected');
  });

  it('refuses to decide twice, and to accept a text the field cannot take', () => {
    const { doc } = imported();
    const decided = apply(doc, 'proposal.decide', { id: 'pr_1', decision: 'rejected', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' });
    expect(refusalOf(decided, 'proposal.decide', { id: 'pr_1', decision: 'accepted', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' }).message).toMatch(/already rejected/);
    const m = mapWithOutcome();
    const empty = apply(m.doc, 'review.import', review(m.outcome, { proposals: [{ ...review(m.outcome).proposals[0], after: '' }] }));
    const refusal = refusalOf(empty, 'proposal.decide', { id: 'pr_1', decision: 'accepted', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' });
    expect(refusal).toMatchObject({ code: 'invalid-value', field: 'statement', message: expect.stringMatching(/cannot be empty/) });
  });

  it('is undone as one step: the text and the proposal’s state come back', () => {
    const { doc } = imported();
    const r = applyCommand(doc, { name: 'proposal.decide', payload: { id: 'pr_1', decision: 'accepted', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' } }, { stamp: nextStamp() });
    if (!r.ok) throw new Error(r.refusal.message);
    const undone = applyHistoryStep(r.doc, r.inversePatches, nextStamp());
    if (!undone.ok) throw new Error('undo failed');
    expect(undone.doc.entities).toEqual(doc.entities);
    expect(undone.doc.proposals).toEqual(doc.proposals);
  });
});

describe('approval.record', () => {
  const approve = (doc: McredDocument, credential: string, extra: object = {}) =>
    applyCommand(doc, { name: 'approval.record', payload: { approval: { id: 'ap_1', credential, status: 'approved', decision: 'approved', body: 'University Curriculum Committee', minute: 'UCC 2026/14', at: '2026-04-10T15:00:00Z', author: AUTHOR.id, ...extra }, revisionName: 'Approved by UCC' } }, { stamp: nextStamp() });

  it('moves the status, keeps the step with the status it came from, and pins a snapshot of what was approved', () => {
    const { doc, credential } = mapWithOutcome();
    const r = approve(doc, credential.id);
    if (!r.ok) throw new Error(r.refusal.message);
    const record = r.doc.approvals.ap_1!;
    expect(record).toMatchObject({ status: 'approved', from: 'draft', body: 'University Curriculum Committee', revision: 'rv_1' });
    expect((r.doc.entities[credential.id] as Credential).status).toBe('approved');
    expect(r.doc.revisions.rv_1).toMatchObject({ name: 'Approved by UCC', author: AUTHOR.id });
    expect(r.doc.revisions.rv_1!.snapshot.entities[credential.id]).toEqual(r.doc.entities[credential.id]);
  });

  it('refuses steps the cycle does not allow, decisions without a body, and other kinds of record', () => {
    const { doc, credential, outcome } = mapWithOutcome();
    const publish = (d: McredDocument) => refusalOf(d, 'approval.record', { approval: { id: 'ap_2', credential: credential.id, status: 'published', at: '2026-04-10T15:00:00Z', author: AUTHOR.id } });
    expect(publish(doc).message).toBe('a credential that is Draft cannot become Published');
    const noBody = approve(doc, credential.id, { body: undefined });
    expect(!noBody.ok && noBody.refusal.message).toMatch(/say which body took the decision/);
    const notCredential = approve(doc, outcome.id);
    expect(!notCredential.ok && notCredential.refusal.message).toMatch(/is not a micro-credential/);
  });

  it('deleting the credential deletes its approval records and proposed changes too', () => {
    const { doc, credential, outcome } = mapWithOutcome();
    const r = approve(apply(doc, 'review.import', review(outcome)), credential.id);
    if (!r.ok) throw new Error(r.refusal.message);
    const gone = apply(apply(r.doc, 'entity.delete', { ids: [credential.id] }), 'entity.delete', { ids: [outcome.id] });
    expect(gone.approvals).toEqual({});
    expect(gone.proposals).toEqual({});
    expect(gone.meta.tombstones.ap_1).toBeDefined();
    expect(parseDocument(serialiseDocument(gone)).ok).toBe(true);
  });
});

describe('redo of an accepted change', () => {
  it('attributes the field to the reviewer again (undo is the undoer’s own change)', () => {
    const m = mapWithOutcome();
    const doc = apply(m.doc, 'review.import', review(m.outcome));
    const accepted = applyCommand(doc, { name: 'proposal.decide', payload: { id: 'pr_1', decision: 'accepted', by: AUTHOR.id, at: '2026-04-02T08:00:00Z' } }, { stamp: nextStamp() });
    if (!accepted.ok) throw new Error(accepted.refusal.message);
    const undone = applyHistoryStep(accepted.doc, accepted.inversePatches, nextStamp('pe_advisor'));
    if (!undone.ok) throw new Error('undo failed');
    expect(stampAuthor(undone.doc.meta.stamps[m.outcome.id]!.statement!)).toBe('pe_advisor');
    const redone = applyHistoryStep(undone.doc, accepted.patches, nextStamp('pe_advisor'), { keepAuthors: true });
    if (!redone.ok) throw new Error('redo failed');
    expect((redone.doc.entities[m.outcome.id] as Outcome).statement).toBe('Investigate logs from servers and cloud services');
    expect(stampAuthor(redone.doc.meta.stamps[m.outcome.id]!.statement!)).toBe(REVIEWER.id);
    expect(stampAuthor(redone.doc.meta.stamps.pr_1!.status!)).toBe(AUTHOR.id);
    expect(redone.doc.meta.stamps[m.outcome.id]!.statement! > undone.doc.meta.stamps[m.outcome.id]!.statement!).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import type { Comment, McredDocument, Person, Proposal, ReviewImport } from '../../../shared/model';
import { anchorName } from '../../../shared/review';
import { planReview } from '../../../shared/review/plan';
import { readReviewDocx } from '../../../shared/review/read';
import type { ReviewPlan, ReviewReading } from '../../../shared/review/reading';
import { createSampleDocument } from '../../../shared/sample';
import { buildDocx, commentEnd, commentStart, commentsXml, del, field, ins, p, run } from '../../fixtures/review/docx';
import { A, EXPECTED_CLO1, RUTH, RUTH_DATE, SAVED_AT, SAVED_BY, TOM, scenarioDocx } from '../../fixtures/review/scenario';

interface Payload {
  review: ReviewImport;
  people: Person[];
  comments: Comment[];
  proposals: Proposal[];
}
const NOW = new Date('2026-03-15T10:00:00Z');
const OPTIONS = { now: NOW, importer: 'pe_mchen', file: 'returned.docx' };
let stampMs = Date.UTC(2026, 2, 15, 10);
const stamp = () => `${stampMs++}-000-testrepl1@pe_mchen`;

function reading(bytes = scenarioDocx()): ReviewReading {
  const r = readReviewDocx(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.reading;
}
function plan(doc: McredDocument, r = reading(), options = OPTIONS): ReviewPlan {
  const result = planReview(doc, r, options);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}
const payloadOf = (pl: ReviewPlan) => pl.payload as Payload;
function apply(doc: McredDocument, pl: ReviewPlan): McredDocument {
  const r = applyCommand(doc, { name: 'review.import', payload: pl.payload }, { stamp: stamp() });
  if (!r.ok) throw new Error(r.refusal.message);
  return r.doc;
}

describe('planReview', () => {
  const doc = createSampleDocument();
  const pl = plan(doc);
  const changes = pl.listing.changes;

  it('proposes one change per field and author: theirs accepted, the others rejected; before is the revision text', () => {
    const clo1 = changes.filter((c) => c.entity === 'lo_analyst1');
    expect(clo1.map((c) => [c.author, c.before, c.after])).toEqual([
      [RUTH, EXPECTED_CLO1.before, EXPECTED_CLO1.ruth],
      [TOM, EXPECTED_CLO1.before, EXPECTED_CLO1.tom],
    ]);
    expect(clo1[0]?.date).toBe(RUTH_DATE);
    // Tom's date was LibreOffice's junk: the document's save time stands in.
    expect(clo1[1]?.date).toBe(SAVED_AT);
    expect(changes.find((c) => c.entity === 'lo_analyst2')?.after).toMatch(/ATT&CK\. for SIEM platforms$/);
  });

  it('proposes an edit made without tracking in the name of whoever saved the document last', () => {
    const audience = changes.filter((c) => c.field === 'targetAudience');
    expect(audience).toHaveLength(1);
    expect(audience[0]).toMatchObject({ author: SAVED_BY, date: SAVED_AT });
    expect(audience[0]?.after).toMatch(/^Experienced IT professionals/);
  });

  it('compares with the revision the copy was made from, so a field reworded since is not a change', () => {
    expect(changes.some((c) => c.entity === 'lo_analyst5')).toBe(false);
    expect(changes.some((c) => c.entity === 'lo_analyst3')).toBe(false);
    expect(changes.some((c) => c.field === 'title')).toBe(false);
  });

  it('turns comments into threads on the first field their range covers, with replies and the resolved flag', () => {
    expect(pl.listing.comments).toEqual([
      expect.objectContaining({ entity: 'lo_analyst1', field: 'statement', author: RUTH, text: 'These two outcomes overlap.', resolved: false, replies: [expect.objectContaining({ author: TOM, text: 'Agreed; merge them?', date: SAVED_AT })] }),
      expect.objectContaining({ entity: 'lo_analyst5', field: 'statement', author: TOM, resolved: true, replies: [] }),
    ]);
    const records = payloadOf(pl).comments;
    expect(records[1]).toMatchObject({ replyTo: records[0]!.id, target: 'lo_analyst1', field: 'statement' });
  });

  it('keeps what belongs to no field as not placed: cover comments with replies, copies, unknown anchors, bad values, strays', () => {
    const u = pl.listing.unplaced;
    expect(u).toContainEqual({ kind: 'comment', where: 'Cover page', text: 'On “Northfield State University”:\nProf. Ruth Adeyemi: Use the full legal name.\nSee the style guide.\nReply from Tom Okafor: It is the legal name.' });
    expect(u).toContainEqual(expect.objectContaining({ kind: 'anchor', text: expect.stringMatching(/^The reviewer copied the text of “Prioritise security alerts.*\(statement\); its changes were not placed/) }));
    expect(u).toContainEqual(expect.objectContaining({ kind: 'anchor', text: expect.stringMatching(/bookmark _mcs00000000000\) reads: “Something new”/) }));
    expect(u).toContainEqual(expect.objectContaining({ kind: 'change', text: '“about six hundred” cannot be used: "about six hundred" is not a number.', where: expect.stringMatching(/workloadHours/) }));
    expect(u).toContainEqual({ kind: 'paragraph', text: 'Add an outcome on threat hunting.', where: '3 Learning outcomes' });
    expect(u).toContainEqual({ kind: 'change', text: 'Deleted “The learner will be able to:”', where: '3 Learning outcomes' });
    expect(u).toHaveLength(6);
    expect(changes.some((c) => c.entity === 'lo_analyst3')).toBe(false);
  });

  it('adds the reviewers as people with ids derived from their names, and fills the review record', () => {
    const payload = payloadOf(pl);
    expect(payload.people.map((x) => [x.name, x.role])).toEqual([
      [RUTH, 'reviewer'],
      [SAVED_BY, 'reviewer'],
      [TOM, 'reviewer'],
    ]);
    expect(payload.people.every((x) => /^pe_[0-9a-z]+$/.test(x.id))).toBe(true);
    expect(payload.review).toMatchObject({ file: 'returned.docx', at: '2026-03-15T10:00:00Z', importedBy: 'pe_mchen', revision: 'rv_facultyreview', credential: 'mc_analyst', counts: { changes: 5, comments: 3, unplaced: 6 } });
    expect(payload.review.reviewers).toEqual(payload.people.map((x) => x.id));
    expect(payload.proposals.every((x) => x.review === payload.review.id && x.status === 'open')).toBe(true);
    expect(pl.reviewers).toEqual([RUTH, SAVED_BY, TOM]);
  });

  it('is accepted by review.import, and a proposal can then be accepted', () => {
    const next = apply(doc, pl);
    expect(Object.keys(next.proposals)).toHaveLength(5);
    const ruth = changes.find((c) => c.entity === 'lo_analyst1' && c.author === RUTH)!;
    const decided = applyCommand(next, { name: 'proposal.decide', payload: { id: ruth.id, decision: 'accepted', by: 'pe_mchen', at: '2026-03-15T10:05:00Z' } }, { stamp: stamp() });
    expect(decided.ok).toBe(true);
    if (decided.ok) expect((decided.doc.entities.lo_analyst1 as { statement: string }).statement).toBe(EXPECTED_CLO1.ruth);
  });

  it('planned again after the import, finds nothing fresh, with the same ids and a new review id', () => {
    expect(pl.fresh).toEqual({ changes: 5, comments: 3 });
    const next = apply(doc, pl);
    const again = plan(next, reading(), { ...OPTIONS, now: new Date('2026-03-16T10:00:00Z') });
    expect(again.fresh).toEqual({ changes: 0, comments: 0 });
    expect(payloadOf(again).people).toEqual([]);
    expect(again.listing.changes.map((c) => c.id)).toEqual(changes.map((c) => c.id));
    expect(payloadOf(again).review.fingerprint).toBe(payloadOf(pl).review.fingerprint);
    expect(payloadOf(again).review.id).not.toBe(payloadOf(pl).review.id);
    const twice = apply(next, again);
    expect(Object.keys(twice.proposals)).toHaveLength(5);
    expect(Object.keys(twice.comments)).toHaveLength(Object.keys(next.comments).length);
  });

  it('does not bring back a thread the designer deleted', () => {
    const next = apply(doc, pl);
    const root = payloadOf(pl).comments[0]!;
    const r = applyCommand(next, { name: 'comment.delete', payload: { id: root.id } }, { stamp: stamp() });
    if (!r.ok) throw new Error(r.refusal.message);
    const again = plan(r.doc);
    expect(again.listing.comments.map((c) => c.entity)).toEqual(['lo_analyst5']);
    expect(() => apply(r.doc, again)).not.toThrow();
  });
});

describe('planReview: the map and its people', () => {
  it("refuses another map's copy, naming both maps", () => {
    const doc = { ...createSampleDocument(), id: 'map_other' };
    const r = planReview(doc, reading(), OPTIONS);
    expect(r).toEqual({ ok: false, code: 'other-map', message: expect.stringMatching(/another map \(map_nsucyber\), not from the open map “Cybersecurity Workforce Micro-Credentials” \(map_other\)/) });
  });

  it('without the revision, compares with the map as it is now and says so', () => {
    const doc = createSampleDocument();
    delete doc.revisions.rv_facultyreview;
    const pl = plan(doc);
    expect(pl.listing.unplaced[0]).toMatchObject({ kind: 'anchor', where: 'Whole document', text: expect.stringMatching(/rv_facultyreview\) is not in this map/) });
    // CLO5 was reworded after the revision: against "now" the copy's older text reads as an edit.
    expect(pl.listing.changes.find((c) => c.entity === 'lo_analyst5')?.author).toBe(SAVED_BY);
    expect(payloadOf(pl).review.revision).toBeUndefined();
    expect(() => apply(doc, pl)).not.toThrow();
  });

  it('reuses a person of the map with the same name, ignoring case and spaces', () => {
    const doc = createSampleDocument();
    doc.people.pe_ruth = { id: 'pe_ruth', name: '  prof. ruth ADEYEMI ', role: 'advisor' };
    const pl = plan(doc);
    expect(payloadOf(pl).people.map((x) => x.name)).toEqual([SAVED_BY, TOM]);
    expect(payloadOf(pl).proposals.find((x) => x.target === 'mc_analyst' && x.field === 'description')?.author).toBe('pe_ruth');
  });

  it("cleans reviewers' names: no control or bidi-override characters, capped, never empty", () => {
    // XML cannot carry C0 controls but for tab and line breaks; C1 controls and bidi marks it can.
    const evil = '\u202eEvil\t\u0085 Name\u202c';
    const body = p(field(A.detect, del(evil, RUTH_DATE, 'Analyse'), ins(evil, RUTH_DATE, 'Study'), run(' packet captures and host logs to identify indicators of compromise in a simulated security operations centre.'))) + p(field(A.rules, ins('   ', RUTH_DATE, 'Write ')));
    const pl = plan(createSampleDocument(), reading(buildDocx({ body })));
    expect(payloadOf(pl).people.map((x) => x.name)).toEqual(['Evil Name', 'Unknown reviewer']);
    const long = plan(createSampleDocument(), reading(buildDocx({ body: p(field(A.detect, ins('x'.repeat(5000), RUTH_DATE, 'New '), run(EXPECTED_CLO1.before))) })));
    expect(payloadOf(long).people[0]?.name.length).toBeLessThanOrEqual(100);
  });

  it('keeps ids stable when a change or comment has no date at all: the import time stands in, but not in the id', () => {
    const body = p(commentStart(1), field(A.detect, del(TOM, '0-00-00T00:00:00Z', 'Analyse'), ins(TOM, undefined, 'Study'), run(EXPECTED_CLO1.before.slice(7))), commentEnd(1));
    const bytes = buildDocx({ body, comments: commentsXml([{ id: 1, author: TOM, text: 'Why?' }]) });
    const first = plan(createSampleDocument(), reading(bytes));
    const later = plan(createSampleDocument(), reading(bytes), { ...OPTIONS, now: new Date('2026-04-01T00:00:00Z') });
    expect(first.listing.changes[0]?.date).toBe('2026-03-15T10:00:00Z');
    expect(later.listing.changes[0]?.date).toBe('2026-04-01T00:00:00Z');
    expect(later.listing.changes.map((c) => c.id)).toEqual(first.listing.changes.map((c) => c.id));
    expect(later.listing.comments.map((c) => c.id)).toEqual(first.listing.comments.map((c) => c.id));
    expect(first.listing.comments).toHaveLength(1);
  });

  it('skips a change that changes nothing: same text re-typed, or the same value written differently', () => {
    const body = p(field(A.detect, del(RUTH, RUTH_DATE, 'Analyse'), ins(RUTH, RUTH_DATE, 'Analyse'), run(EXPECTED_CLO1.before.slice(7)))) + p(field(anchorName('mc_analyst', 'participation'), run('online; blended and work based')));
    const pl = plan(createSampleDocument(), reading(buildDocx({ body })));
    expect(pl.listing.changes).toEqual([]);
    expect(pl.listing.unplaced).toEqual([]);
  });
});

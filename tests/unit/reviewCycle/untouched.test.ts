import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { runExport } from '../../../shared/export/request';
import { formatStamp, makeClock, UNLISTED_AUTHOR_LABEL, type McredDocument } from '../../../shared/model';
import { planReview } from '../../../shared/review/plan';
import { readReviewDocx } from '../../../shared/review/read';
import { createSampleDocument } from '../../../shared/sample';

/**
 * A review copy nobody touched proposes nothing: every anchored field reads back as the
 * revision it was made from (units, labels and derived text outside the anchors are not
 * mistaken for edits), for every credential, as a plain copy and as a redline.
 */
function recorded(): McredDocument {
  const doc = createSampleDocument();
  const designer = Object.values(doc.people).find((p) => p.role === 'designer')!.id;
  const r = applyCommand(doc, { name: 'revision.create', payload: { id: 'rv_sent', name: 'Sent for review', at: '2026-05-01T09:00:00.000Z', author: designer } }, { stamp: formatStamp(makeClock('untouch1', Date.parse('2026-05-01T09:00:00Z')), designer) });
  if (!r.ok) throw new Error(r.refusal.message);
  return r.doc;
}

describe('an untouched review copy', () => {
  const doc = recorded();
  const credentials = Object.values(doc.entities).filter((e) => e.kind === 'credential');
  const baseline = Object.values(doc.revisions).find((r) => r.id !== 'rv_sent')!.id;
  it.each(credentials.flatMap((c) => [[c.title, c.id, undefined], [`${c.title} (redline)`, c.id, baseline]] as const))('%s proposes no change and places every field', async (_title, id, against) => {
    const out = await runExport(doc, { format: 'docx', credentialIds: [id], revision: 'rv_sent', ...(against ? { against } : {}) }, { now: new Date('2026-05-01T10:00:00Z') });
    const read = readReviewDocx(out.bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.reading.fields.length).toBeGreaterThan(20);
    expect(read.reading.duplicateAnchors).toEqual([]);
    const designer = Object.values(doc.people).find((p) => p.role === 'designer')!.id;
    const plan = planReview(doc, read.reading, { now: new Date('2026-05-02T10:00:00Z'), importer: designer, file: 'untouched.docx' });
    if (!plan.ok) throw new Error(plan.message);
    // A redline shows changes since the baseline as tracked changes by their authors: those are not the reviewer's.
    if (!against) expect(plan.plan.listing.changes).toEqual([]);
    expect(plan.plan.listing.changes.filter((c) => c.before === c.after)).toEqual([]);
    expect(plan.plan.listing.unplaced.filter((u) => u.kind !== 'comment')).toEqual([]);
    expect(plan.plan.fresh.comments).toBe(0);
  });
});

describe('a comment by someone not in the map’s people', () => {
  it('is exported under words, not a raw id, and recognised as the map’s own when the copy comes back', async () => {
    const base = recorded();
    const credential = Object.values(base.entities).find((e) => e.kind === 'credential')!;
    const designer = Object.values(base.people).find((p) => p.role === 'designer')!.id;
    const comment = { id: 'cm_unlisted', target: credential.id, field: 'title', author: 'pe_gone', at: '2026-05-01T09:30:00.000Z', body: 'Shorter title?' };
    // Commands refuse such an author; a hand-edited or merged file can still hold one.
    const r = { doc: { ...base, comments: { ...base.comments, [comment.id]: comment } } as McredDocument };
    const out = await runExport(r.doc, { format: 'docx', credentialIds: [credential.id], revision: 'rv_sent' }, { now: new Date('2026-05-01T10:00:00Z') });
    const read = readReviewDocx(out.bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.reading.comments.map((c) => c.author)).toContain(UNLISTED_AUTHOR_LABEL);
    expect(read.reading.comments.map((c) => c.author)).not.toContain('pe_gone');
    const plan = planReview(r.doc, read.reading, { now: new Date('2026-05-02T10:00:00Z'), importer: designer, file: 'untouched.docx' });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.plan.fresh.comments).toBe(0);
  });
});

describe('the review copy of an approved credential changed since', () => {
  it('says so in its readiness summary, as the readiness panel does', async () => {
    let doc = recorded();
    const designer = Object.values(doc.people).find((p) => p.role === 'designer')!.id;
    let clock = makeClock('approved', Date.parse('2026-05-02T09:00:00Z'));
    const run = (name: string, payload: unknown) => {
      clock = { ...clock, ms: clock.ms + 60_000 };
      const r = applyCommand(doc, { name, payload }, { stamp: formatStamp(clock, designer) });
      if (!r.ok) throw new Error(r.refusal.message);
      doc = r.doc;
    };
    run('approval.record', { approval: { id: 'ap_1', credential: 'mc_analyst', status: 'approved', decision: 'approved', body: 'University Curriculum Committee', at: '2026-05-02T09:00:00Z', author: designer }, revisionName: 'Approved' });
    run('entity.update', { id: 'lo_analyst1', changes: { statement: 'Investigate packet captures.' } });
    const out = await runExport(doc, { format: 'docx', credentialIds: ['mc_analyst'] }, { now: new Date('2026-05-03T10:00:00Z') });
    const { strFromU8, unzipSync } = await import('fflate');
    const text = strFromU8(unzipSync(out.bytes)['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toMatch(/Review cycle/);
    expect(text).toMatch(/1 warning/);
  });
});

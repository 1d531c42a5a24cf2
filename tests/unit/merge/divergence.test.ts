import { describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { lastCommonSave, latestStampIn, mergeDocuments } from '../../../shared/merge';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { ANA, BEN, OPENED, base, merge, open } from './support/story';
import { Replica } from './support/replica';

/** Comments, endorsements, settings, saves, and how "changed since they diverged" is judged. */

const bytes = (d: McredDocument) => serialiseDocument(d);

describe('merging the rest of a map', () => {
  it('drops a reply to a thread deleted on the other side, and a comment on a deleted entity', () => {
    const [ana, ben] = open();
    ana.apply('comment.delete', { id: 'cm_root' }, OPENED + 10);
    ana.apply('entity.delete', { ids: ['lo_contain'] }, OPENED + 11);
    ben.apply('comment.add', { comment: { id: 'cm_reply', target: 'sk_triage', author: BEN.id, at: '2026-01-05T10:00:00Z', body: 'Yes', replyTo: 'cm_root' } }, OPENED + 20);
    ben.apply('comment.add', { comment: { id: 'cm_on', target: 'lo_contain', author: BEN.id, at: '2026-01-05T10:00:00Z', body: 'Too broad' } }, OPENED + 21);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.comments).toEqual({});
    expect(conflicts.map((c) => [c.type, c.recordId, c.related])).toEqual([
      ['orphaned', 'cm_on', ['lo_contain']],
      ['orphaned', 'cm_reply', ['cm_root']],
    ]);
  });

  it('drops an endorsement of a skill deleted on the other side', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['sk_triage'] }, OPENED + 10);
    ben.apply('endorsement.add', { endorsement: { id: 'en_ben', target: 'sk_triage', person: ANA.id, date: '2026-01-06', note: 'We hire for this' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.endorsements).toEqual({});
    expect(conflicts).toEqual([expect.objectContaining({ type: 'orphaned', recordId: 'en_ben', kind: 'endorsement', related: ['sk_triage'] })]);
  });

  it('merges settings field by field, as the record "map"', () => {
    const [ana, ben] = open();
    ana.apply('settings.update', { changes: { title: 'Security credentials 2026', institution: 'Acme Academy' } }, OPENED + 10);
    ben.apply('settings.update', { changes: { title: 'Cyber credentials', creditUnit: 'nz-credit' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.settings).toMatchObject({ title: 'Cyber credentials', institution: 'Acme Academy', creditUnit: 'nz-credit' });
    expect(conflicts).toEqual([expect.objectContaining({ type: 'field', recordId: 'map', kind: 'settings', field: 'title', winner: 'theirs' })]);
  });

  it('unites the saves, so the merged copy shares its last save with both', () => {
    const [ana, ben] = open();
    const a = ana.save(OPENED + 10).doc;
    const b = ben.save(OPENED + 20).doc;
    const { doc } = merge(a, b);
    expect(Object.keys(doc.saves).sort()).toEqual([...new Set([...Object.keys(a.saves), ...Object.keys(b.saves)])].sort());
    expect(lastCommonSave(doc, b)?.stamp).toBe(Object.values(b.saves).map((s) => s.stamp).sort().pop());
  });

  it('changes nothing when a copy is merged with itself, or the result with either copy', () => {
    const sample = createSampleDocument();
    expect(bytes(mergeDocuments(sample, sample).doc)).toBe(bytes(sample));
    expect(mergeDocuments(sample, sample).conflicts).toEqual([]);
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'sk_triage', changes: { statement: 'Triage security alerts' } }, OPENED + 10);
    ben.apply('entity.delete', { ids: ['lo_contain'] }, OPENED + 20);
    const m = merge(ana.doc, ben.doc).doc;
    expect(bytes(mergeDocuments(m, ana.doc).doc)).toBe(bytes(m));
    expect(bytes(mergeDocuments(ben.doc, m).doc)).toBe(bytes(m));
  });

  it('does not modify its inputs', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['lo_analyse'] }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_ben', kind: 'addresses', from: 'sk_triage', to: 'lo_contain', level: 'mastered' } }, OPENED + 20);
    const [a, b] = [bytes(ana.doc), bytes(ben.doc)];
    merge(ana.doc, ben.doc);
    expect([bytes(ana.doc), bytes(ben.doc)]).toEqual([a, b]);
  });
});

describe('changed since the copies diverged', () => {
  /** Ana saves an edit; Ben, who opened the map before that save, edits the same field. */
  function laterSave() {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO1' } }, OPENED + 10);
    return { ana, ben };
  }

  it('is judged against the last save both copies share', () => {
    const { ana, ben } = laterSave();
    const saved = ana.save(OPENED + 11).doc;
    // Cai opens Ana's saved file and changes the code again; Ben's copy lacks Ana's save.
    const cai = new Replica(saved, 'cai1', 'pe_cai', OPENED + 100);
    cai.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO3' } }, OPENED + 100);
    expect(merge(saved, cai.doc).conflicts).toEqual([]);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO2' } }, OPENED + 50);
    expect(merge(cai.doc, ben.doc).conflicts).toEqual([expect.objectContaining({ field: 'code', winner: 'ours' })]);
  });

  it('with a base, is judged against the base\'s stamps and gives the same document', () => {
    const { ana, ben } = laterSave();
    ben.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO2' } }, OPENED + 50);
    const b0 = base();
    const withBase = mergeDocuments(ana.doc, ben.doc, { base: b0 });
    expect(bytes(withBase.doc)).toBe(bytes(mergeDocuments(ana.doc, ben.doc).doc));
    expect(withBase.conflicts).toEqual([expect.objectContaining({ field: 'code' })]);
    // Against Ana's copy as the base, only Ben changed the field: no conflict.
    expect(mergeDocuments(ana.doc, ben.doc, { base: ana.doc }).conflicts).toEqual([]);
  });

  it('without any shared save, counts every differing field as changed on both sides', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    const strip = (d: McredDocument): McredDocument => ({ ...d, saves: {} });
    expect(mergeDocuments(ana.doc, ben.doc).conflicts).toEqual([]);
    expect(mergeDocuments(strip(ana.doc), strip(ben.doc)).conflicts).toEqual([expect.objectContaining({ field: 'statement', winner: 'ours' })]);
  });

  it('names the latest stamp of a copy, which an editing session must observe after loading it', () => {
    const [ana] = open();
    ana.apply('entity.delete', { ids: ['mc_ir'] }, OPENED + 10);
    expect(latestStampIn(ana.doc)).toBe(ana.doc.meta.tombstones.mc_ir);
    const saved = ana.save(OPENED + 20).doc;
    expect(latestStampIn(saved)).toMatch(/^\d{13}-000-ana1@pe_ana$/);
    expect(latestStampIn(saved)! > ana.doc.meta.tombstones.mc_ir!).toBe(true);
  });
});

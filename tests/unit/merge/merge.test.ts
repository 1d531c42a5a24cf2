import { describe, expect, it } from 'vitest';
import { MERGE_AUTHOR, type Conflict } from '../../../shared/merge';
import { OPENED, merge, open, skill } from './support/story';

/** The textbook cases of co-editing: Ana and Ben edit copies of one saved map. */

const only = (cs: readonly Conflict[], type: Conflict['type']) => cs.filter((c) => c.type === type);

describe('mergeDocuments', () => {
  it('keeps both edits when two people change different fields of one outcome', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO1' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.entities.lo_analyse).toMatchObject({ statement: 'Analyse firewall logs', code: 'LO1' });
    expect(conflicts).toEqual([]);
  });

  it('reports a field both changed, with both values, authors and times; the newer wins', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Investigate logs' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.entities.lo_analyse).toMatchObject({ statement: 'Investigate logs' });
    expect(conflicts).toEqual([
      {
        type: 'field',
        recordId: 'lo_analyse',
        kind: 'outcome',
        field: 'statement',
        ours: { value: 'Analyse firewall logs', stamp: expect.stringMatching(/@pe_ana$/), author: 'pe_ana', at: new Date(OPENED + 10).toISOString() },
        theirs: { value: 'Investigate logs', stamp: expect.stringMatching(/@pe_ben$/), author: 'pe_ben', at: new Date(OPENED + 20).toISOString() },
        winner: 'theirs',
      },
    ]);
  });

  it('reports no conflict when both made the same change', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'sk_triage', changes: { importance: 'optional' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'sk_triage', changes: { importance: 'optional' } }, OPENED + 20);
    expect(merge(ana.doc, ben.doc).conflicts).toEqual([]);
  });

  it('takes a change made on one side only, even against a newer edit elsewhere in the record', () => {
    const [ana, ben] = open();
    ana.apply('layout.move', { positions: { sk_triage: { x: 500, y: 80 } } }, OPENED + 10);
    ben.apply('entity.update', { id: 'sk_triage', changes: { description: 'Asked for by every employer' } }, OPENED + 99);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.layout.sk_triage).toEqual({ x: 500, y: 80 });
    expect(doc.entities.sk_triage).toMatchObject({ description: 'Asked for by every employer' });
    expect(conflicts).toEqual([]);
  });

  it('reports clearing a field against changing it, the cleared side showing no value', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { criteria: null, code: 'LO1' } }, OPENED + 30);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO2' } }, OPENED + 20);
    ana.apply('entity.update', { id: 'lo_analyse', changes: { code: null } }, OPENED + 40);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.entities.lo_analyse).not.toHaveProperty('code');
    expect(conflicts).toEqual([expect.objectContaining({ field: 'code', ours: { stamp: expect.any(String), author: 'pe_ana', at: expect.any(String) }, winner: 'ours' })]);
  });

  it('drops a link to an entity deleted on the other side, tombstoned by the merge; the entity stays deleted', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['lo_analyse'] }, OPENED + 10);
    ben.apply('entity.create', { entity: { ...skill, id: 'sk_cloud', statement: 'Harden cloud accounts' } }, OPENED + 20);
    ben.apply('link.create', { link: { id: 'ln_ben', kind: 'addresses', from: 'sk_cloud', to: 'lo_analyse', level: 'mastered' } }, OPENED + 30);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.entities.lo_analyse).toBeUndefined();
    expect(doc.entities.sk_cloud).toBeDefined();
    expect(doc.links).not.toHaveProperty('ln_ben');
    expect(doc.meta.tombstones.ln_ben).toBe(`${ben.doc.meta.stamps.ln_ben!.kind!.split('@')[0]}@${MERGE_AUTHOR}`);
    expect(only(conflicts, 'orphaned')).toEqual([
      expect.objectContaining({ recordId: 'ln_ben', kind: 'link', related: ['lo_analyse'], winner: 'ours', ours: expect.objectContaining({ deleted: true, author: 'pe_ana' }) }),
    ]);
  });

  it('keeps a record deleted that the other side edited, and reports it as edited-deleted', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['sk_triage'] }, OPENED + 10);
    ben.apply('entity.update', { id: 'sk_triage', changes: { statement: 'Triage security alerts' } }, OPENED + 50);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.entities.sk_triage).toBeUndefined();
    expect(doc.meta.tombstones.sk_triage).toBe(ana.doc.meta.tombstones.sk_triage);
    expect(conflicts).toEqual([
      expect.objectContaining({
        type: 'edited-deleted',
        recordId: 'sk_triage',
        kind: 'skill',
        ours: expect.objectContaining({ deleted: true, author: 'pe_ana' }),
        theirs: expect.objectContaining({ value: expect.objectContaining({ statement: 'Triage security alerts', layout: { x: 0, y: 0 } }), author: 'pe_ben' }),
        winner: 'ours',
      }),
    ]);
  });

  it('does not report a deletion of something the other side left alone', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['sk_triage'] }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { code: 'LO1' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.links).not.toHaveProperty('ln_base');
    expect(conflicts).toEqual([]);
  });

  it('breaks a prerequisite circle made by two people by dropping the later link', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_ana', kind: 'requires', from: 'mc_cloud', to: 'mc_soc' } }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_ben', kind: 'requires', from: 'mc_soc', to: 'mc_cloud' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.links.ln_ana).toBeDefined();
    expect(doc.links.ln_ben).toBeUndefined();
    expect(doc.meta.tombstones.ln_ben).toMatch(new RegExp(`@${MERGE_AUTHOR}$`));
    expect(conflicts).toEqual([
      expect.objectContaining({ type: 'requires-cycle', recordId: 'ln_ben', related: ['ln_ana'], winner: 'ours', ours: expect.objectContaining({ value: [doc.links.ln_ana], author: 'pe_ana' }) }),
    ]);
  });

  it('breaks a longer circle closed by a third link', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_a1', kind: 'requires', from: 'mc_soc', to: 'mc_cloud' } }, OPENED + 10);
    ana.apply('link.create', { link: { id: 'ln_a2', kind: 'requires', from: 'mc_cloud', to: 'mc_ir' } }, OPENED + 11);
    ben.apply('link.create', { link: { id: 'ln_b1', kind: 'requires', from: 'mc_ir', to: 'mc_soc' } }, OPENED + 5);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(Object.keys(doc.links).sort()).toEqual(['ln_a1', 'ln_b1', 'ln_base']);
    expect(conflicts).toEqual([expect.objectContaining({ type: 'requires-cycle', recordId: 'ln_a2', related: ['ln_b1', 'ln_a1'] })]);
  });

  it('keeps one of two identical links (the first created), silently when they agree', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_zz', kind: 'requires', from: 'mc_cloud', to: 'mc_soc' } }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_aa', kind: 'requires', from: 'mc_cloud', to: 'mc_soc' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.links.ln_zz).toBeDefined();
    expect(doc.links.ln_aa).toBeUndefined();
    expect(doc.meta.tombstones.ln_aa).toMatch(new RegExp(`@${MERGE_AUTHOR}$`));
    expect(conflicts).toEqual([]);
  });

  it('reports two identical links whose details differ', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_a', kind: 'addresses', from: 'sk_triage', to: 'lo_contain', level: 'mastered' } }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_b', kind: 'addresses', from: 'sk_triage', to: 'lo_contain', level: 'reinforced' } }, OPENED + 20);
    const { doc, conflicts } = merge(ana.doc, ben.doc);
    expect(doc.links.ln_a).toMatchObject({ level: 'mastered' });
    expect(conflicts).toEqual([
      expect.objectContaining({
        type: 'duplicate-link',
        recordId: 'ln_b',
        related: ['ln_a'],
        winner: 'ours',
        ours: expect.objectContaining({ value: expect.objectContaining({ level: 'mastered' }) }),
        theirs: expect.objectContaining({ value: expect.objectContaining({ level: 'reinforced' }), author: 'pe_ben' }),
      }),
    ]);
  });
});

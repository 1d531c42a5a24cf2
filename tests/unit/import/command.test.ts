import { describe, expect, it } from 'vitest';
import { applyDocumentPatches } from '../../../shared/commands';
import { IMPORT_ROW_STEP } from '../../../shared/commands/import';
import type { Skill } from '../../../shared/model';
import { applyOk, makeMap, makeOutcome, makeSkill, refusalOf } from '../../helpers/builders';

const newSkill = (id: string, statement: string, extra: Partial<Skill> = {}): Skill => ({ id, kind: 'skill', statement, skillType: 'skill', importance: 'essential', ...extra });

describe('skill.import', () => {
  const existing = makeSkill({ id: 'sk_old', statement: 'Old', description: 'keep me' });
  const outcome = makeOutcome({ id: 'lo_a' });

  function base() {
    let doc = makeMap({ entities: [existing, outcome] });
    doc = applyOk(doc, 'layout.move', { positions: { sk_old: { x: 0, y: 300 }, lo_a: { x: 380, y: 900 } } }).doc;
    return doc;
  }

  it('creates, merges only empty fields and places new skills in the skill column below the others; one inverse undoes it all', () => {
    const doc = base();
    const r = applyOk(doc, 'skill.import', {
      creates: [
        { skill: newSkill('sk_n1', 'One', { source: { framework: 'ESCO', uri: 'http://x.org/1' } }), row: 2 },
        { skill: newSkill('sk_n2', 'Two', { group: 'G' }), row: 3 },
      ],
      merges: [{ id: 'sk_old', row: 4, fields: { description: 'not taken', group: 'Taken', proficiency: 'advanced' } }],
    });
    expect(r.doc.entities.sk_n1).toEqual(newSkill('sk_n1', 'One', { source: { framework: 'ESCO', uri: 'http://x.org/1' } }));
    expect(r.doc.entities.sk_old).toEqual({ ...existing, group: 'Taken', proficiency: 'advanced' });
    expect(r.doc.layout.sk_n1).toEqual({ x: 0, y: 300 + IMPORT_ROW_STEP });
    expect(r.doc.layout.sk_n2).toEqual({ x: 0, y: 300 + 2 * IMPORT_ROW_STEP });
    expect(Object.keys(r.doc.meta.stamps.sk_n1 ?? {}).sort()).toEqual(['importance', 'kind', 'layout', 'skillType', 'source', 'statement']);
    expect(Object.keys(r.doc.meta.stamps.sk_old ?? {})).toEqual(expect.arrayContaining(['group', 'proficiency']));
    expect(r.doc.meta.stamps.sk_old?.description).toBe(doc.meta.stamps.sk_old?.description);
    expect(applyDocumentPatches(r.doc, r.inversePatches)).toEqual(doc);
  });

  it('starts at y = 0 on a map without skills', () => {
    const r = applyOk(makeMap(), 'skill.import', { creates: [{ skill: newSkill('sk_a', 'A') }], merges: [] });
    expect(r.doc.layout.sk_a).toEqual({ x: 0, y: 0 });
  });

  it('refuses the whole import when one skill is invalid, naming the row and label', () => {
    const doc = base();
    const bad = { ...newSkill('sk_bad', 'Bad uri'), source: { framework: 'ESCO', uri: 'ftp://nope' } };
    expect(refusalOf(doc, 'skill.import', { creates: [{ skill: newSkill('sk_ok', 'Fine'), row: 2 }, { skill: bad, row: 7 }], merges: [] })).toEqual({
      code: 'invalid-value',
      message: 'row 7 "Bad uri": source.uri: must be an http(s) address; nothing was imported',
    });
    expect(refusalOf(doc, 'skill.import', { creates: [{ skill: newSkill('sk_old', 'Taken id'), row: 2 }], merges: [] }).code).toBe('exists');
    expect(refusalOf(doc, 'skill.import', { creates: [{ skill: newSkill('sk_x', 'A') }, { skill: newSkill('sk_x', 'B') }], merges: [] }).message).toBe(
      'skill "B": the id "sk_x" is given twice; nothing was imported',
    );
    expect(refusalOf(doc, 'skill.import', { creates: [], merges: [{ id: 'lo_a', fields: {}, row: 9 }] }).message).toBe('row 9: there is no skill "lo_a" to merge into; nothing was imported');
    expect(refusalOf(doc, 'skill.import', { creates: [], merges: [{ id: 'sk_old', fields: { group: '' }, row: 3 }] }).message).toMatch(/^row 3 "Old": group: /);
  });

  // How fast is the bench's business (`import-esco-14k`), not a timed assertion here.
  it('imports 14,000 skills into a map as one command', () => {
    const doc = base();
    const creates = Array.from({ length: 14_000 }, (_, i) => ({ skill: newSkill(`sk_i${i}`, `Skill ${i}`, { source: { framework: 'ESCO', uri: `http://x.org/${i}` } }), row: i + 2 }));
    const r = applyOk(doc, 'skill.import', { creates, merges: [] });
    expect(Object.keys(r.doc.entities)).toHaveLength(14_002);
    expect(r.doc.entities['sk_i13999']).toMatchObject({ statement: 'Skill 13999' });
  });
});

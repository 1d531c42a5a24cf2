import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { createSampleDocument } from '../../../shared/sample';
import { cycleCell, newLinkId } from '../../../renderer/src/features/matrix/cellCommands';
import { buildMatrix, cellKey, cellState, MATRICES, MATRIX_KINDS, nextLevel } from '../../../renderer/src/features/matrix/matrixModel';
import { visibleRange, geometryOf } from '../../../renderer/src/features/matrix/geometry';
import { makeActivity, makeCredential, makeLink, makeMap, makeOutcome, makeSkill, makeAssessment, nextStamp } from '../../helpers/builders';

describe('matrix model', () => {
  const essential = makeSkill({ statement: 'Alpha', importance: 'essential' });
  const optional = makeSkill({ statement: 'Beta', importance: 'optional' });
  const linked = makeSkill({ statement: 'Gamma' });
  const lo1 = makeOutcome({ code: 'LO1' });
  const lo2 = makeOutcome({ code: 'LO2' });
  const lo10 = makeOutcome({ code: 'LO10' });
  const cred = makeCredential();
  const exam = makeAssessment({ title: 'Exam' });
  const doc = makeMap({
    entities: [essential, optional, linked, lo10, lo2, lo1, cred, exam],
    links: [makeLink('addresses', linked, lo1, { level: 'mastered' }), makeLink('part-of', lo1, cred), makeLink('assessed-by', lo2, exam)],
  });

  it('puts skills in rows and outcomes in columns, outcomes in natural code order', () => {
    const m = buildMatrix(doc, 'skills');
    expect(m.rows.map((r) => r.label)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(m.cols.map((c) => c.label)).toEqual(['LO1', 'LO2', 'LO10']);
    expect(m.cells.get(cellKey(linked.id, lo1.id))?.level).toBe('mastered');
  });

  it('marks gaps: skills with no outcome (essential ones apart) and outcomes with no skill', () => {
    const m = buildMatrix(doc, 'skills');
    const byId = new Map(m.rows.map((r) => [r.id, r]));
    expect(byId.get(essential.id)?.essential).toBe(true);
    expect(byId.get(optional.id)?.gap).toBeDefined();
    expect(byId.get(optional.id)?.essential).toBe(false);
    expect(byId.get(linked.id)?.gap).toBeUndefined();
    expect(m.cols.filter((c) => c.gap).map((c) => c.label)).toEqual(['LO2', 'LO10']);
  });

  it('filters by credential: its outcomes and the skills that address them', () => {
    const m = buildMatrix(doc, 'skills', cred.id);
    expect(m.cols.map((c) => c.id)).toEqual([lo1.id]);
    expect(m.rows.map((r) => r.id)).toEqual([linked.id]);
  });

  it('outcomes × assessments: outcomes not assessed are gaps', () => {
    const m = buildMatrix(doc, 'assessments');
    expect(m.cols.map((c) => c.label)).toEqual(['Exam']);
    expect(m.rows.filter((r) => !r.gap).map((r) => r.id)).toEqual([lo2.id]);
    expect(cellState('assessments', m.cells.get(cellKey(lo2.id, exam.id)))).toBe('assessed');
  });

  it('builds the example’s grids with every link of each grid’s kind in a cell', () => {
    const sample = createSampleDocument();
    const links = Object.values(sample.links);
    for (const kind of MATRIX_KINDS) expect(buildMatrix(sample, kind).cells.size, kind).toBe(links.filter((l) => l.kind === MATRICES[kind].link).length);
  });

  it('activities × outcomes: activities in rows, outcomes in columns, with gaps both ways', () => {
    const lab = makeActivity({ title: 'Lab' });
    const idle = makeActivity({ title: 'Reading' });
    const d = makeMap({ entities: [lo1, lo2, lab, idle, cred], links: [makeLink('develops', lab, lo1), makeLink('part-of', lo1, cred)] });
    const m = buildMatrix(d, 'activities');
    expect(m.rows.map((r) => r.label)).toEqual(['Lab', 'Reading']);
    expect(m.cols.map((c) => c.label)).toEqual(['LO1', 'LO2']);
    expect(cellState('activities', m.cells.get(cellKey(lab.id, lo1.id)))).toBe('develops');
    expect(cellState('activities', m.cells.get(cellKey(idle.id, lo1.id)))).toBe('does not develop');
    expect(m.rows.find((r) => r.id === idle.id)?.gap).toBe('This activity develops no outcome');
    expect(m.cols.find((c) => c.id === lo2.id)?.gap).toBe('No activity develops this outcome');
    // Filtered: the credential's outcomes and the activities that develop them.
    const f = buildMatrix(d, 'activities', cred.id);
    expect([f.rows.map((r) => r.id), f.cols.map((c) => c.id)]).toEqual([[lab.id], [lo1.id]]);
  });

  it('outcomes × credentials: every outcome, a column per credential (one when filtered)', () => {
    const other = makeCredential({ title: 'Other credential' });
    const d = makeMap({ entities: [lo1, lo2, cred, other], links: [makeLink('part-of', lo1, cred)] });
    const m = buildMatrix(d, 'credentials');
    expect(m.rows.map((r) => r.label)).toEqual(['LO1', 'LO2']);
    expect(m.cols.map((c) => c.id).sort()).toEqual([cred.id, other.id].sort());
    expect(m.rows.find((r) => r.id === lo2.id)?.gap).toBe('This outcome is part of no credential');
    expect(m.cols.find((c) => c.id === other.id)?.gap).toBe('This credential has no learning outcome');
    const f = buildMatrix(d, 'credentials', other.id);
    expect([f.rows.length, f.cols.map((c) => c.id)]).toEqual([2, [other.id]]);
  });
});

describe('cell cycling', () => {
  it('cycles none → I → R → M → none', () => {
    expect(nextLevel(undefined)).toBe('introduced');
    expect(nextLevel('introduced')).toBe('reinforced');
    expect(nextLevel('reinforced')).toBe('mastered');
    expect(nextLevel('mastered')).toBeUndefined();
  });

  it('creates, updates and deletes links through commands that the document accepts', () => {
    const skill = makeSkill();
    const outcome = makeOutcome();
    let doc = makeMap({ entities: [skill, outcome] });
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const cell = buildMatrix(doc, 'skills').cells.get(cellKey(skill.id, outcome.id));
      const edit = cycleCell('skills', skill.id, outcome.id, cell, () => newLinkId());
      const r = applyCommand(doc, edit.call, { stamp: nextStamp() });
      if (!r.ok) throw new Error(r.refusal.message);
      doc = r.doc;
      seen.push(buildMatrix(doc, 'skills').cells.get(cellKey(skill.id, outcome.id))?.level);
    }
    expect(seen).toEqual(['introduced', 'reinforced', 'mastered', undefined]);
    expect(Object.keys(doc.links)).toHaveLength(0);
  });

  it('toggles assessed-by links', () => {
    const edit = cycleCell('assessments', 'lo_a', 'as_b', undefined, () => 'ln_x');
    expect(edit.call).toEqual({ name: 'link.create', payload: { link: { id: 'ln_x', kind: 'assessed-by', from: 'lo_a', to: 'as_b' } } });
    expect(cycleCell('assessments', 'lo_a', 'as_b', { linkId: 'ln_x' }, () => 'ln_y').call).toEqual({ name: 'link.delete', payload: { ids: ['ln_x'] } });
  });

  it('adds an outcome to a credential last in its numbered list, and removes it again', () => {
    const outcome = makeOutcome({ code: 'LO9' });
    const credential = makeCredential();
    let d = makeMap({ entities: [outcome, credential] });
    const add = cycleCell('credentials', outcome.id, credential.id, undefined, () => 'ln_part', { nextOrder: 4 });
    expect(add).toEqual({ call: { name: 'link.create', payload: { link: { id: 'ln_part', kind: 'part-of', from: outcome.id, to: credential.id, order: 4 } } }, label: 'Add outcome to credential' });
    const r = applyCommand(d, add.call, { stamp: nextStamp() });
    if (!r.ok) throw new Error(r.refusal.message);
    d = r.doc;
    const cell = buildMatrix(d, 'credentials').cells.get(cellKey(outcome.id, credential.id));
    expect(cycleCell('credentials', outcome.id, credential.id, cell, () => 'ln_x').call).toEqual({ name: 'link.delete', payload: { ids: ['ln_part'] } });
    expect(cycleCell('activities', 'ac_a', outcome.id, undefined, () => 'ln_y').call).toEqual({ name: 'link.create', payload: { link: { id: 'ln_y', kind: 'develops', from: 'ac_a', to: outcome.id } } });
  });

  it('makes link ids of ln_ and 12 base-36 characters', () => {
    expect(newLinkId()).toMatch(/^ln_[0-9a-z]{12}$/);
    expect(newLinkId(() => new Uint8Array(12).fill(35))).toBe('ln_zzzzzzzzzzzz');
  });
});

describe('windowing', () => {
  it('renders only the rows and columns in view, plus a few either side', () => {
    const g = geometryOf('skills');
    const r = visibleRange(g, 100 * g.rowH, 50 * g.colW, g.firstW + 10 * g.colW, g.headH + 20 * g.rowH, 10_000, 5_000);
    expect(r).toEqual({ r0: 100 - g.overscan, r1: 120 + g.overscan, c0: 50 - g.overscan, c1: 60 + g.overscan });
    expect(visibleRange(g, 0, 0, 2000, 2000, 3, 2)).toEqual({ r0: 0, r1: 3, c0: 0, c1: 2 });
  });
});

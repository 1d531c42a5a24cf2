import { describe, expect, it } from 'vitest';
import { linkTargets, neighbourInDirection } from '../../../renderer/src/features/linking/linkTargets';
import { planLink } from '../../../renderer/src/features/canvas/connections';
import { applyCommand } from '../../../shared/commands';
import { isRecordMap, plainDocument } from '../../../shared/model';
import { generateMap } from '../../../shared/sample/generate';
import { makeAssessment, makeCredential, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

describe('Link to… targets', () => {
  const skill = makeSkill({ statement: 'Clean data' });
  const other = makeSkill({ statement: 'Plot data' });
  const lo = makeOutcome({ code: 'LO1', statement: 'Prepare a data set' });
  const exam = makeAssessment({ title: 'Exam' });
  const a = makeCredential({ title: 'A' });
  const b = makeCredential({ title: 'B' });
  const c = makeCredential({ title: 'C' });
  const doc = makeMap({
    entities: [skill, other, lo, exam, a, b, c],
    links: [makeLink('addresses', skill, lo, { level: 'introduced' }), makeLink('requires', a, b), makeLink('requires', b, c)],
  });

  it('offers exactly what drawing a link would accept, read from the selected item', () => {
    for (const selected of [skill, other, lo, exam, a, b, c]) {
      const offered = linkTargets(doc, selected.id).map((t) => t.id).sort();
      const drawable = Object.keys(doc.entities).filter((id) => id !== selected.id && planLink(doc, selected.id, id).ok).sort();
      expect(offered, selected.id).toEqual(drawable);
    }
    expect(linkTargets(doc, lo.id).map((t) => [t.relation, t.label])).toEqual([
      ['addresses', 'Plot data'],
      ['is assessed by', 'Exam'],
      ['is part of', 'A'],
      ['is part of', 'B'],
      ['is part of', 'C'],
    ]);
  });

  it('never offers an existing link or a prerequisite circle', () => {
    expect(linkTargets(doc, skill.id)).toEqual([]);
    // C requiring A or B would close the circle A → B → C: only the outcome is offered.
    expect(linkTargets(doc, c.id).map((t) => [t.relation, t.label])).toEqual([['includes', 'Prepare a data set']]);
    // A already requires B; requiring C too is no circle.
    expect(linkTargets(doc, a.id).map((t) => [t.relation, t.label])).toEqual([
      ['includes', 'Prepare a data set'],
      ['requires', 'C'],
    ]);
  });

  it('goes along links in a direction, to the nearest linked item there', () => {
    const at = { [skill.id]: { x: 0, y: 0 }, [lo.id]: { x: 300, y: 40 }, [exam.id]: { x: 600, y: 0 } };
    const d = makeMap({ entities: [skill, lo, exam], links: [makeLink('addresses', skill, lo, { level: 'mastered' }), makeLink('assessed-by', lo, exam)] });
    const pos = (id: string) => at[id];
    expect(neighbourInDirection(d, pos, skill.id, 'right')).toBe(lo.id);
    expect(neighbourInDirection(d, pos, lo.id, 'left')).toBe(skill.id);
    expect(neighbourInDirection(d, pos, lo.id, 'right')).toBe(exam.id);
    expect(neighbourInDirection(d, pos, skill.id, 'left')).toBeUndefined();
    expect(neighbourInDirection(d, pos, skill.id, 'down')).toBeUndefined();
  });

  it('on a big map reads the links through their indexes and offers what a plain copy of the map offers', () => {
    const generated = generateMap({ seed: 3, entities: 2_500 });
    const first = Object.values(generated.links)[0]!;
    const edited = applyCommand(generated, { name: 'link.delete', payload: { ids: [first.id] } }, { stamp: '1800000000000-000-test0001@pe_test' });
    if (!edited.ok) throw new Error(edited.refusal.message);
    const big = edited.doc;
    expect(isRecordMap(big.links)).toBe(true);
    const plain = plainDocument(big);
    const picks = Object.values(big.entities).filter((e, i) => i % 400 === 0 || e.id === first.from || e.id === first.to);
    const at = (id: string) => ({ x: (id.charCodeAt(4) * 37) % 500, y: (id.charCodeAt(5) * 53) % 500 });
    for (const e of picks) {
      const targets = linkTargets(big, e.id);
      expect(targets).toEqual(linkTargets(plain, e.id));
      for (const d of ['left', 'right', 'up', 'down'] as const) expect(neighbourInDirection(big, at, e.id, d)).toBe(neighbourInDirection(plain, at, e.id, d));
    }
    // The deleted link is offered again: its two ends may be joined anew.
    expect(linkTargets(big, first.from).map((t) => t.id)).toContain(first.to);
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { makeRng } from '../../../shared/sample/generate';
import { copyContent, parseClipboard, planPaste } from '../../../renderer/src/features/canvas/clipboard';
import { makeCredential, makeLink, makeMap, makeOutcome, makeSkill, nextStamp } from '../../helpers/builders';

describe('copy and paste', () => {
  const skill = makeSkill();
  const outcome = makeOutcome();
  const credential = makeCredential();
  const base = makeMap({ entities: [skill, outcome, credential], links: [makeLink('addresses', skill, outcome, { level: 'reinforced' }), makeLink('part-of', outcome, credential)] });
  const placed = applyCommand(base, { name: 'layout.move', payload: { positions: { [skill.id]: { x: 0, y: 0 }, [outcome.id]: { x: 380, y: 0 } } } }, { stamp: nextStamp() });
  if (!placed.ok) throw new Error(placed.refusal.message);
  const doc = placed.doc;

  it('copies the selected entities with only the links among them', () => {
    const content = copyContent(doc, [skill.id, outcome.id, 'ln_not_an_entity'])!;
    expect(content.entities.map((e) => e.id).sort()).toEqual([skill.id, outcome.id].sort());
    expect(content.links.map((l) => l.kind)).toEqual(['addresses']);
    expect(copyContent(doc, [])).toBeUndefined();
  });

  it('pastes fresh copies under new ids, re-pointed links and offset positions, all accepted by the commands', () => {
    const content = parseClipboard(JSON.stringify(copyContent(doc, [skill.id, outcome.id])))!;
    const plan = planPaste(content, makeRng(1).next, { x: 40, y: 40 });
    const ids = plan.entities.map((e) => e.entity.id);
    expect(ids).not.toContain(skill.id);
    expect(plan.entities.map((e) => e.position).sort((p, q) => p.x - q.x)).toEqual([
      { x: 40, y: 40 },
      { x: 420, y: 40 },
    ]);
    expect(plan.links).toHaveLength(1);
    expect(ids).toContain(plan.links[0]!.from);
    expect(ids).toContain(plan.links[0]!.to);
    let next = doc;
    for (const { entity, position } of plan.entities) {
      const r = applyCommand(next, { name: 'entity.create', payload: { entity, position } }, { stamp: nextStamp() });
      if (!r.ok) throw new Error(r.refusal.message);
      next = r.doc;
    }
    const r = applyCommand(next, { name: 'link.create', payload: { link: plan.links[0]! } }, { stamp: nextStamp() });
    expect(r.ok).toBe(true);
  });

  it('ignores clipboard text that is not a copied selection', () => {
    expect(parseClipboard('hello')).toBeUndefined();
    expect(parseClipboard('{"format":"something-else"}')).toBeUndefined();
    expect(parseClipboard('{"__proto__":{"polluted":true},"format":"micro-credential-studio/selection"}')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

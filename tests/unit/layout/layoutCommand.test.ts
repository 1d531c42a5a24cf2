import { describe, expect, it } from 'vitest';
import { applyCommand, applyDocumentPatches } from '../../../shared/commands';
import { autoLayout } from '../../../shared/layout';
import { createSampleDocument } from '../../../shared/sample';
import { makeLink, makeMap, makeOutcome, makeSkill, nextStamp } from '../../helpers/builders';

describe('layout.auto', () => {
  it('moves every entity to its auto-layout position in one change, stamped as a move', () => {
    const doc = createSampleDocument();
    const stamp = nextStamp();
    const result = applyCommand(doc, { name: 'layout.auto', payload: {} }, { stamp });
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.doc.layout).toEqual(autoLayout(doc));
    const moved = Object.keys(doc.entities).filter((id) => doc.layout[id]?.x !== result.doc.layout[id]!.x || doc.layout[id]?.y !== result.doc.layout[id]!.y);
    for (const id of moved) expect(result.doc.meta.stamps[id]?.layout).toBe(stamp);
    expect(applyDocumentPatches(result.doc, result.inversePatches).layout).toEqual(doc.layout);
  });

  it('changes nothing when the map is already tidy', () => {
    const skill = makeSkill();
    const outcome = makeOutcome();
    const doc = makeMap({ entities: [skill, outcome], links: [makeLink('addresses', skill, outcome, { level: 'mastered' })] });
    const once = applyCommand(doc, { name: 'layout.auto', payload: {} }, { stamp: nextStamp() });
    if (!once.ok) throw new Error(once.refusal.message);
    const twice = applyCommand(once.doc, { name: 'layout.auto', payload: {} }, { stamp: nextStamp() });
    expect(twice.ok && twice.patches).toEqual([]);
  });
});

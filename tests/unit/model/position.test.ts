import { describe, expect, it } from 'vitest';
import { applyHistoryStep } from '../../../shared/commands';
import { checkReferences, repairDocument, serialiseDocument } from '../../../shared/format';
import { POSITION_FIELD, POSITIONS_KEY, isMoveOnly, isPosition, isPositionField, orphanPositions, samePosition } from '../../../shared/model';
import { apply, applyOk, makeMap, makeSkill, nextStamp } from '../../helpers/builders';

describe('position (model/position.ts, commands/positions.ts)', () => {
  it('names the document key and the stamped field the file format keeps', () => {
    expect(POSITIONS_KEY).toBe('layout');
    expect(POSITION_FIELD).toBe('layout');
    expect(isPositionField('layout')).toBe(true);
    expect(isPositionField('title')).toBe(false);
    expect(isMoveOnly(['layout'])).toBe(true);
    expect(isMoveOnly(['layout', 'title'])).toBe(false);
    expect(isMoveOnly([])).toBe(false);
  });

  it('recognises positions and compares them by place', () => {
    expect(isPosition({ x: 1, y: -2 })).toBe(true);
    expect(isPosition({ x: 1 })).toBe(false);
    expect(isPosition(null)).toBe(false);
    expect(isPosition('1,2')).toBe(false);
    expect(samePosition({ x: 1, y: 2 }, { x: 1, y: 2 })).toBe(true);
    expect(samePosition({ x: 1, y: 2 }, { x: 2, y: 1 })).toBe(false);
    expect(samePosition(undefined, { x: 0, y: 0 })).toBe(false);
    expect(samePosition(undefined, undefined)).toBe(true);
  });

  it('finds positions whose entity does not exist', () => {
    const skill = makeSkill();
    const doc = apply(makeMap({ entities: [skill] }), 'layout.move', { positions: { [skill.id]: { x: 3, y: 4 } } });
    expect(orphanPositions(doc)).toEqual([]);
    const damaged = { ...doc, layout: { ...doc.layout, sk_ghost0: { x: 0, y: 0 } } };
    expect(orphanPositions(damaged)).toEqual(['sk_ghost0']);
    expect(checkReferences(damaged).map((p) => p.path)).toContain('layout.sk_ghost0');
  });

  it('a deleted entity takes its position with it; undo brings both back, stamped afresh', () => {
    const skill = makeSkill();
    const placed = apply(makeMap({ entities: [skill] }), 'layout.move', { positions: { [skill.id]: { x: 10, y: 20 } } });
    const deleted = applyOk(placed, 'entity.delete', { ids: [skill.id] });
    expect(deleted.doc.layout[skill.id]).toBeUndefined();
    const undoStamp = nextStamp();
    const undone = applyHistoryStep(deleted.doc, deleted.inversePatches, undoStamp);
    if (!undone.ok) throw new Error('undo refused');
    expect(undone.doc.layout[skill.id]).toEqual({ x: 10, y: 20 });
    expect(undone.doc.meta.stamps[skill.id]?.[POSITION_FIELD]).toBe(undoStamp);
  });

  it('undoing a move restores the place with a fresh stamp; the file is written as before', () => {
    const skill = makeSkill();
    const first = apply(makeMap({ entities: [skill] }), 'layout.move', { positions: { [skill.id]: { x: 1, y: 1 } } });
    const moved = applyOk(first, 'layout.move', { positions: { [skill.id]: { x: 50, y: 60 } } });
    const undoStamp = nextStamp();
    const undone = applyHistoryStep(moved.doc, moved.inversePatches, undoStamp);
    if (!undone.ok) throw new Error('undo refused');
    expect(undone.doc.layout[skill.id]).toEqual({ x: 1, y: 1 });
    expect(undone.doc.meta.stamps[skill.id]?.layout).toBe(undoStamp);
    expect(serialiseDocument(undone.doc)).toContain(`"layout": "${undoStamp}"`);
  });

  it('repair removes an orphan position and says so', () => {
    const skill = makeSkill();
    const doc = apply(makeMap({ entities: [skill] }), 'layout.move', { positions: { [skill.id]: { x: 3, y: 4 } } });
    const text = serialiseDocument({ ...doc, layout: { ...doc.layout, sk_ghost0: { x: 0, y: 0 } } });
    const result = repairDocument(text);
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(result.doc.layout).toEqual({ [skill.id]: { x: 3, y: 4 } });
    expect(result.repairs.map((r) => r.message)).toContain('removed the canvas position of "sk_ghost0", which does not exist');
  });
});

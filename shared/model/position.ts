import type { McredDocument } from './document';
import type { Id } from './ids';
import type { Position } from './records';

/**
 * An entity's position on the canvas: the one place that knows how it is kept.
 *
 * Positions live beside the entities, in `doc.layout[entityId]` (so moving a node never
 * rewrites the entity record), and each is stamped as field `layout` of its entity —
 * `meta.stamps[entityId].layout` — so co-editors' moves merge field by field like any
 * other change. The file format keeps both names; everything else asks this module
 * (and `commands/positions.ts` for changes) instead of special-casing the string `'layout'`.
 */

/** The document key that holds the positions, by entity id. */
export const POSITIONS_KEY = 'layout' as const;

/** The field name an entity's position is stamped under (`meta.stamps[id].layout`). */
export const POSITION_FIELD = 'layout';

/** Whether a stamped field name of an entity is its position. */
export function isPositionField(field: string): boolean {
  return field === POSITION_FIELD;
}

/** Whether the fields that changed are only the position: the change is a move. */
export function isMoveOnly(fields: readonly string[]): boolean {
  return fields.length === 1 && isPositionField(fields[0]!);
}

/** Whether a value can be a position (a merge conflict's value, a command's argument). */
export function isPosition(value: unknown): value is Position {
  return !!value && typeof value === 'object' && typeof (value as Position).x === 'number' && typeof (value as Position).y === 'number';
}

/** Two positions are the same place. */
export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a === b || (!!a && !!b && a.x === b.x && a.y === b.y);
}

/** The ids of stored positions whose entity does not exist (damage that repair removes). */
export function orphanPositions(doc: Pick<McredDocument, 'entities' | 'layout'>): Id[] {
  return Object.keys(doc.layout).filter((id) => !doc.entities[id]);
}

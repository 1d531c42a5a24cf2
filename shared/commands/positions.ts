import type { Draft } from 'immer';
import { POSITION_FIELD, samePosition, type Id, type McredDocument, type Position, type Stamp } from '../model';
import { stampFields } from './stamps';

/**
 * The rules for changing an entity's position, in one place (the model's side is
 * `model/position.ts`): a position is stored in `layout[id]` and stamped as field `layout`
 * of its entity, only while the entity exists. Commands, undo and redo call these instead of
 * writing `layout` themselves.
 */

/** Places entity `id` at `position` and stamps the move; a position it already has changes nothing. */
export function placeEntity(draft: Draft<McredDocument>, id: Id, position: Position, stamp: Stamp): boolean {
  if (samePosition(draft.layout[id], position)) return false;
  draft.layout[id] = { x: position.x, y: position.y };
  stampFields(draft, id, [POSITION_FIELD], stamp);
  return true;
}

/** The stamped fields of a new entity: its own fields and, when it is placed, its position. */
export function withPositionField(fields: readonly string[], placed: boolean): string[] {
  return placed ? [...fields, POSITION_FIELD] : [...fields];
}

/** Drops the position of a deleted entity (its stamps go with the entity's tombstone). */
export function dropPosition(draft: Draft<McredDocument>, id: Id): void {
  delete draft.layout[id];
}

/**
 * Undo or redo restored or removed `layout[id]`: stamps it afresh as the entity's field, so
 * a co-editor's older copy cannot win over it. A position without its entity is not stamped.
 */
export function restampPosition(draft: Draft<McredDocument>, id: Id, stamp: Stamp): void {
  if (draft.entities[id]) stampFields(draft, id, [POSITION_FIELD], stamp);
}

/** An entity came back (undo of a delete): its position, if it has one, is stamped with it. */
export function restampPositionOfRestored(draft: Draft<McredDocument>, id: Id, stamp: Stamp): void {
  if (draft.layout[id]) stampFields(draft, id, [POSITION_FIELD], stamp);
}

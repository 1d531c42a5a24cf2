import { z } from 'zod';
import { ENTITY_SCHEMAS, Entity, Id, Position, holdsId, linkEnd, linkStart, type McredDocument } from '../model';
import type { Draft } from 'immer';
import { Changes, applyChanges } from './changes';
import { deleteCommentsOn, deleteReviewRecordsOn, deleteWhere } from './cascade';
import { dropPosition, placeEntity } from './positions';
import { scanRecordsWith } from './produce';
import { stampFields, stampableKeys, tombstone } from './stamps';
import { defineCommand, refuse } from './types';

export function requireEntity(draft: Draft<McredDocument>, id: string) {
  return draft.entities[id] ?? refuse('not-found', `there is no entity "${id}" in this map`);
}

export function assertFreshId(draft: Draft<McredDocument>, id: string): void {
  if (holdsId(draft, id)) refuse('exists', `the id "${id}" is already in use`);
  if (draft.meta.tombstones[id]) refuse('exists', `the id "${id}" belonged to a deleted record and cannot be reused`);
}

export const createEntity = defineCommand({
  name: 'entity.create',
  payload: z.object({ entity: Entity, position: Position.optional() }),
  run(draft, { entity, position }, { stamp }) {
    assertFreshId(draft, entity.id);
    draft.entities[entity.id] = entity;
    stampFields(draft, entity.id, stampableKeys(entity), stamp);
    if (position) placeEntity(draft, entity.id, position, stamp);
  },
});

export const updateEntity = defineCommand({
  name: 'entity.update',
  payload: z.object({ id: Id, changes: Changes }),
  run(draft, { id, changes }, { stamp }) {
    const current = requireEntity(draft, id);
    const schema = ENTITY_SCHEMAS[current.kind] as unknown as z.ZodType<Entity>;
    const { next, changed } = applyChanges<Entity>(current as Entity, changes, schema, ['kind']);
    if (!changed.length) return;
    const target = draft.entities[id] as Record<string, unknown>;
    for (const k of changed) {
      const v = (next as Record<string, unknown>)[k];
      if (v === undefined) delete target[k];
      else target[k] = v;
    }
    stampFields(draft, id, changed, stamp);
  },
});

/** Deletes entities with everything that hangs off them: links, comments, endorsements, layout. */
export const deleteEntities = defineCommand({
  name: 'entity.delete',
  payload: z.object({ ids: z.array(Id).min(1) }),
  run(draft, { ids }, { stamp }) {
    const doomed = new Set(ids);
    for (const id of doomed) requireEntity(draft, id);
    // The links that start or end at a doomed entity, from the links' indexes by end: a
    // lookup, not a pass over every link of the map.
    const doomedLinks = new Set<string>();
    for (const end of [linkStart, linkEnd]) scanRecordsWith(draft.links, end, doomed, (l) => doomedLinks.add(l.id));
    deleteLinksById(draft, [...doomedLinks], stamp);
    deleteWhere(draft, 'endorsements', (e) => doomed.has(e.target), stamp);
    deleteCommentsOn(draft, doomed, stamp);
    deleteReviewRecordsOn(draft, doomed, stamp);
    for (const id of doomed) {
      delete draft.entities[id];
      dropPosition(draft, id);
      tombstone(draft, id, stamp);
    }
  },
});

export function deleteLinksById(draft: Draft<McredDocument>, ids: readonly string[], stamp: string): void {
  if (!ids.length) return;
  const set = new Set(ids);
  deleteCommentsOn(draft, set, stamp);
  for (const id of set) {
    delete draft.links[id];
    tombstone(draft, id, stamp);
  }
}

/** Rewrites an outcome's statement: the most common edit, named for menus and logs. */
export const rewriteOutcome = defineCommand({
  name: 'outcome.rewrite',
  payload: z.object({ id: Id, statement: z.string() }),
  run(draft, { id, statement }, ctx) {
    if (requireEntity(draft, id).kind !== 'outcome') refuse('invalid-value', `"${id}" is not a learning outcome`);
    updateEntity.run(draft, { id, changes: { statement } }, ctx);
  },
});

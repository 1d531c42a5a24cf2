import type { Draft } from 'immer';
import { z } from 'zod';
import { COLUMN_OF, columnStep } from '../layout/geometry';
import { Entity, type EntityKind, type McredDocument } from '../model';
import { assertFreshId } from './entities';
import { IMPORT_ROW_STEP } from './import';
import { stampFields, stampableKeys } from './stamps';
import { placeEntity } from './positions';
import { draftReader, scanRecords } from './produce';
import { defineCommand, refuse } from './types';

const ImportRowsPayload = z.object({
  /** New entities, complete with ids; validated one by one so a refusal can name the row. */
  creates: z.array(z.object({ entity: z.unknown(), row: z.number().int().optional() })).min(1).max(100_000),
});

/** Where the first imported entity of each kind goes: below the lowest of that kind, else at the top of its column. One scan of the layout. */
function firstPlaces(draft: Draft<McredDocument>): Map<EntityKind, { x: number; y: number }> {
  // The lowest of each kind; of two as low, the one with the smaller id (the scan has no order).
  const lowest = new Map<EntityKind, { x: number; y: number; id: string }>();
  const entity = draftReader(draft.entities);
  scanRecords(draft.layout, (p, id) => {
    const kind = entity(id)?.kind;
    if (kind === undefined) return;
    const seen = lowest.get(kind);
    if (seen === undefined || p.y > seen.y || (p.y === seen.y && id < seen.id)) lowest.set(kind, { x: p.x, y: p.y, id });
  });
  const places = new Map<EntityKind, { x: number; y: number }>();
  for (const [kind, p] of lowest) places.set(kind, { x: p.x, y: p.y + IMPORT_ROW_STEP });
  return places;
}

/**
 * Outcomes, assessments or activities from a table (a CSV or rows pasted from Excel) as ONE
 * command: one undo takes them all back. Each is placed below the others of its kind, in
 * table order. One invalid row refuses the whole import, naming its row.
 */
export const importRows = defineCommand({
  name: 'entity.import',
  payload: ImportRowsPayload,
  run(draft, { creates }, { stamp }) {
    const entities: Entity[] = [];
    const fresh = new Set<string>();
    for (const { entity, row } of creates) {
      const r = Entity.safeParse(entity);
      const where = row === undefined ? 'a row' : `row ${row}`;
      if (!r.success) {
        const issue = r.error.issues[0]!;
        refuse('invalid-value', `${where}: ${issue.path.map(String).join('.') || 'value'}: ${issue.message}; nothing was imported`);
      }
      assertFreshId(draft, r.data.id);
      if (fresh.has(r.data.id)) refuse('exists', `${where}: the id "${r.data.id}" is given twice; nothing was imported`);
      fresh.add(r.data.id);
      entities.push(r.data);
    }
    const places = firstPlaces(draft);
    for (const entity of entities) {
      const place = places.get(entity.kind) ?? { x: COLUMN_OF[entity.kind] * columnStep(), y: 0 };
      places.set(entity.kind, { x: place.x, y: place.y + IMPORT_ROW_STEP });
      draft.entities[entity.id] = entity;
      stampFields(draft, entity.id, stampableKeys(entity), stamp);
      placeEntity(draft, entity.id, place, stamp);
    }
  },
});

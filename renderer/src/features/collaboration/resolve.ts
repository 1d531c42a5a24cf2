import type { CommandCall } from '../../../../shared/commands';
import type { Conflict, ConflictSide } from '../../../../shared/merge';
import { ENTITY_KINDS, isPosition, isPositionField, jsonEqual, makeId, type Entity, type EntityKind, type Id, type Link, type McredDocument } from '../../../../shared/model';

export type Side = 'ours' | 'theirs';

/**
 * What choosing one side of a conflict does to the map now:
 * - `current`: the map already holds that side (the merge chose it), so keeping it changes nothing;
 * - `commands`: the commands that bring that side back, applied as one undoable step;
 * - `unavailable`: that side cannot be brought back (say why).
 */
export type Resolution =
  | { kind: 'current' }
  | { kind: 'commands'; calls: CommandCall[]; restoresAsNew?: boolean }
  | { kind: 'unavailable'; reason: string };

export const isEntityKind = (kind: string): kind is EntityKind => (ENTITY_KINDS as readonly string[]).includes(kind);

/**
 * How to keep `side` of `conflict` in `doc` (the map as it is now, possibly edited since
 * the merge). Field conflicts set the field back; a record one side deleted and the other
 * changed comes back as a new record (its id stays deleted, so copies that merge later
 * agree); a link dropped to break a `requires` circle replaces the links it clashed with;
 * of two versions of one link, the other's details are copied onto the kept one.
 */
export function resolutionFor(conflict: Conflict, side: Side, doc: McredDocument, newId: (kind: EntityKind | 'link') => Id = randomId): Resolution {
  const chosen = conflict[side];
  switch (conflict.type) {
    case 'field':
      return fieldResolution(conflict, chosen, doc);
    case 'edited-deleted':
      if (chosen.deleted) return deletedNow(conflict, doc) ? { kind: 'current' } : { kind: 'commands', calls: deleteCalls(conflict, doc) };
      return restoreAsNew(conflict, chosen, doc, newId);
    case 'orphaned':
      return conflict.winner === side ? { kind: 'current' } : { kind: 'unavailable', reason: 'What it belonged to was deleted.' };
    case 'duplicate-link':
      return duplicateResolution(conflict, side, chosen, doc);
    case 'requires-cycle':
      return cycleResolution(conflict, side, chosen, doc, newId);
  }
}

function fieldResolution(conflict: Conflict, chosen: ConflictSide, doc: McredDocument): Resolution {
  const field = conflict.field;
  if (field === undefined) return { kind: 'unavailable', reason: 'Nothing to set.' };
  const id = conflict.recordId;
  const value = chosen.value;
  if (conflict.kind === 'settings') {
    if (jsonEqual((doc.settings as Record<string, unknown>)[field], value)) return { kind: 'current' };
    return { kind: 'commands', calls: [{ name: 'settings.update', payload: { changes: { [field]: value ?? null } } }] };
  }
  if (isEntityKind(conflict.kind)) {
    const entity = doc.entities[id];
    if (!entity) return { kind: 'unavailable', reason: 'It has been deleted since.' };
    if (isPositionField(field)) {
      if (jsonEqual(doc.layout[id], value)) return { kind: 'current' };
      if (!isPosition(value)) return { kind: 'unavailable', reason: 'That copy had no position for it.' };
      return { kind: 'commands', calls: [{ name: 'layout.move', payload: { positions: { [id]: value } } }] };
    }
    if (jsonEqual((entity as Record<string, unknown>)[field], value)) return { kind: 'current' };
    return { kind: 'commands', calls: [{ name: 'entity.update', payload: { id, changes: { [field]: value ?? null } } }] };
  }
  if (conflict.kind === 'link') {
    const link = doc.links[id];
    if (!link) return { kind: 'unavailable', reason: 'The link has been deleted since.' };
    if (jsonEqual((link as Record<string, unknown>)[field], value)) return { kind: 'current' };
    return { kind: 'commands', calls: [{ name: 'link.update', payload: { id, changes: { [field]: value ?? null } } }] };
  }
  if (conflict.kind === 'person') {
    const person = doc.people[id];
    if (!person) return { kind: 'unavailable', reason: 'The person is no longer in the map.' };
    if (jsonEqual((person as Record<string, unknown>)[field], value)) return { kind: 'current' };
    const next: Record<string, unknown> = { ...person };
    if (value === undefined) delete next[field];
    else next[field] = value;
    return { kind: 'commands', calls: [{ name: 'person.upsert', payload: { person: next } }] };
  }
  return conflict.winner === (chosen === conflict.ours ? 'ours' : 'theirs')
    ? { kind: 'current' }
    : { kind: 'unavailable', reason: `A ${conflict.kind}'s ${field} cannot be edited.` };
}

function deletedNow(conflict: Conflict, doc: McredDocument): boolean {
  const id = conflict.recordId;
  return !doc.entities[id] && !doc.links[id] && !doc.comments[id] && !doc.endorsements[id] && !doc.people[id] && !doc.revisions[id];
}

function deleteCalls(conflict: Conflict, doc: McredDocument): CommandCall[] {
  const id = conflict.recordId;
  if (doc.entities[id]) return [{ name: 'entity.delete', payload: { ids: [id] } }];
  if (doc.links[id]) return [{ name: 'link.delete', payload: { ids: [id] } }];
  return [];
}

function restoreAsNew(conflict: Conflict, chosen: ConflictSide, doc: McredDocument, newId: (kind: EntityKind | 'link') => Id): Resolution {
  const record = chosen.value as Record<string, unknown> | undefined;
  if (!record || typeof record !== 'object') return { kind: 'unavailable', reason: 'That copy did not have it.' };
  if (isEntityKind(conflict.kind)) {
    const entity = { ...record, id: newId(conflict.kind) } as Entity;
    return { kind: 'commands', calls: [{ name: 'entity.create', payload: { entity } }], restoresAsNew: true };
  }
  if (conflict.kind === 'link') {
    const link = record as unknown as Link;
    if (!doc.entities[link.from] || !doc.entities[link.to]) return { kind: 'unavailable', reason: 'One of its ends has been deleted.' };
    return { kind: 'commands', calls: [{ name: 'link.create', payload: { link: { ...link, id: newId('link') } } }], restoresAsNew: true };
  }
  return { kind: 'unavailable', reason: `A deleted ${conflict.kind} cannot be brought back here.` };
}

function duplicateResolution(conflict: Conflict, side: Side, chosen: ConflictSide, doc: McredDocument): Resolution {
  const keptId = conflict.related?.[0];
  const kept = keptId ? doc.links[keptId] : undefined;
  const wanted = chosen.value as Link | undefined;
  if (!kept || !wanted) return conflict.winner === side ? { kind: 'current' } : { kind: 'unavailable', reason: 'The link has been deleted since.' };
  const changes = detailChanges(kept, wanted);
  if (Object.keys(changes).length === 0) return { kind: 'current' };
  return { kind: 'commands', calls: [{ name: 'link.update', payload: { id: kept.id, changes } }] };
}

function cycleResolution(conflict: Conflict, side: Side, chosen: ConflictSide, doc: McredDocument, newId: (kind: EntityKind | 'link') => Id): Resolution {
  if (conflict.winner === side) return { kind: 'current' };
  const dropped = chosen.value as Link | undefined;
  if (!dropped || Array.isArray(dropped)) return { kind: 'unavailable', reason: 'That copy did not have the link.' };
  if (!doc.entities[dropped.from] || !doc.entities[dropped.to]) return { kind: 'unavailable', reason: 'One of its ends has been deleted.' };
  const partners = (conflict.related ?? []).filter((id) => doc.links[id]);
  const calls: CommandCall[] = partners.length ? [{ name: 'link.delete', payload: { ids: partners } }] : [];
  calls.push({ name: 'link.create', payload: { link: { ...dropped, id: newId('link') } } });
  return { kind: 'commands', calls, restoresAsNew: true };
}

/** The fields (other than identity and ends) that make `from` look like `to`; null clears. */
function detailChanges(from: Link, to: Link): Record<string, unknown> {
  const fixed = new Set(['id', 'kind', 'from', 'to']);
  const changes: Record<string, unknown> = {};
  const a = from as Record<string, unknown>;
  const b = to as Record<string, unknown>;
  for (const k of Object.keys(b)) if (!fixed.has(k) && !jsonEqual(a[k], b[k])) changes[k] = b[k];
  for (const k of Object.keys(a)) if (!fixed.has(k) && !(k in b)) changes[k] = null;
  return changes;
}


function randomId(kind: EntityKind | 'link'): Id {
  const words = new Uint32Array(16);
  crypto.getRandomValues(words);
  let i = 0;
  return makeId(kind, () => (words[i++ % 16] ?? 0) / 2 ** 32);
}

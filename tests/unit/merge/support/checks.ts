import { parseDocument, serialiseDocument, checkReferences } from '../../../../shared/format';
import { COLLECTIONS, SETTINGS_RECORD, type Id, type McredDocument, type Stamp } from '../../../../shared/model';
import type { Conflict } from '../../../../shared/merge';

/**
 * Checks the merge properties state in words: each returns a list of violations (empty
 * when the property holds), so a failing property prints what was lost and where.
 */

type Rec = Record<string, unknown>;

/** The record with this id in any collection, or undefined. */
export function recordOf(doc: McredDocument, id: Id): Rec | undefined {
  for (const c of COLLECTIONS) {
    const r = (doc[c] as Record<Id, Rec>)[id];
    if (r) return r;
  }
  return undefined;
}

/** A field's value as stamped: settings for `map`, the layout for an entity's `layout`. */
export function valueOf(doc: McredDocument, id: Id, field: string): unknown {
  if (id === SETTINGS_RECORD) return (doc.settings as Rec)[field];
  if (field === 'layout' && doc.entities[id]) return doc.layout[id];
  return recordOf(doc, id)?.[field];
}

const stampOf = (doc: McredDocument, id: Id, field: string): Stamp | undefined => doc.meta.stamps[id]?.[field];
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** Canonical bytes. */
export const bytes = (doc: McredDocument): string => serialiseDocument(doc);

/** Problems loading the merged document back (schema and references), as messages. */
export function loadProblems(doc: McredDocument): string[] {
  const refs = checkReferences(doc).map((p) => `${p.path ?? ''}: ${p.message}`);
  const parsed = parseDocument(serialiseDocument(doc));
  return parsed.ok ? refs : [...refs, ...parsed.problems.map((p) => `${p.path ?? ''}: ${p.message}`)];
}

/** Records deleted in any copy that are back (present, or without a tombstone) in the result. */
export function resurrected(copies: readonly McredDocument[], merged: McredDocument): string[] {
  const out: string[] = [];
  for (const c of copies) {
    for (const id in c.meta.tombstones) {
      if (recordOf(merged, id)) out.push(`${id} was deleted but is back`);
      if (merged.meta.tombstones[id] === undefined) out.push(`${id} lost its tombstone`);
    }
  }
  return out;
}

/**
 * Fields changed (relative to `base`) in exactly one copy must hold that copy's value and
 * stamp in the result, unless the record is gone. A field changed in several copies must
 * hold the value of the latest of those changes.
 */
export function lostEdits(base: McredDocument, copies: readonly McredDocument[], merged: McredDocument): string[] {
  const out: string[] = [];
  const ids = new Set<Id>();
  for (const c of copies) for (const id in c.meta.stamps) ids.add(id);
  for (const id of ids) {
    if (id !== SETTINGS_RECORD && !recordOf(merged, id)) continue;
    const fields = new Set<string>();
    for (const c of copies) for (const f in c.meta.stamps[id] ?? {}) fields.add(f);
    for (const f of fields) {
      const changed = copies.filter((c) => c.meta.stamps[id]?.[f] !== undefined && stampOf(c, id, f) !== stampOf(base, id, f));
      if (!changed.length) continue;
      const latest = changed.reduce((x, y) => (stampOf(y, id, f)! > stampOf(x, id, f)! ? y : x));
      if (stampOf(merged, id, f) !== stampOf(latest, id, f) || !same(valueOf(merged, id, f), valueOf(latest, id, f))) {
        out.push(`${id}.${f}: expected ${JSON.stringify(valueOf(latest, id, f))} (${stampOf(latest, id, f)}), got ${JSON.stringify(valueOf(merged, id, f))} (${stampOf(merged, id, f)})`);
      }
    }
  }
  return out;
}

/**
 * Every field both copies changed since `base` to different values is a `field` conflict,
 * and every `field` conflict is one of those, with the later value as the winner.
 */
export function conflictMismatches(base: McredDocument, a: McredDocument, b: McredDocument, conflicts: readonly Conflict[]): string[] {
  const expected = new Set<string>();
  const ids = new Set([...Object.keys(a.meta.stamps)].filter((id) => id in b.meta.stamps));
  for (const id of ids) {
    for (const f in a.meta.stamps[id]) {
      const sa = stampOf(a, id, f);
      const sb = stampOf(b, id, f);
      const s0 = stampOf(base, id, f);
      if (sb === undefined || sa === sb || sa === s0 || sb === s0) continue;
      if (!same(valueOf(a, id, f), valueOf(b, id, f))) expected.add(`${id}.${f}`);
    }
  }
  const reported = new Set<string>();
  const out: string[] = [];
  for (const c of conflicts) {
    if (c.type !== 'field') continue;
    const key = `${c.recordId}.${c.field ?? ''}`;
    reported.add(key);
    if (!expected.has(key)) out.push(`${key} reported but not changed differently on both sides`);
    const later = (c.ours.stamp ?? '') > (c.theirs.stamp ?? '') ? 'ours' : 'theirs';
    if (c.winner !== later) out.push(`${key}: the winner should be the later change (${later})`);
  }
  for (const key of expected) if (!reported.has(key)) out.push(`${key} changed differently on both sides but not reported`);
  return out;
}

/** A conflict as seen from the other side: ours and theirs swapped. */
export function swapped(c: Conflict): Conflict {
  return { ...c, ours: c.theirs, theirs: c.ours, winner: c.winner === 'ours' ? 'theirs' : 'ours' };
}

/**
 * The document without `requires` links (live or deleted) and the comments on them, for
 * comparing merge orders where a prerequisite circle had to be broken: which link of a
 * circle goes can depend on the order (see shared/merge/CONTEXT.md), nothing else may.
 */
export function withoutPrerequisites(doc: McredDocument, copies: readonly McredDocument[]): McredDocument {
  const gone = new Set<Id>();
  for (const c of [doc, ...copies]) for (const l of Object.values(c.links)) if (l.kind === 'requires') gone.add(l.id);
  for (const c of [doc, ...copies]) for (const m of Object.values(c.comments)) if (gone.has(m.target)) gone.add(m.id);
  const keep = <T>(map: Readonly<Record<Id, T>>) => Object.fromEntries(Object.entries(map).filter(([id]) => !gone.has(id)));
  return { ...doc, links: keep(doc.links), comments: keep(doc.comments), meta: { stamps: keep(doc.meta.stamps), tombstones: keep(doc.meta.tombstones) } };
}

import { jsonEqual, type Id, type Stamp } from '../model';
import type { Divergence } from './divergence';
import type { Conflict, ConflictSide, RecordKind } from './types';
import { attribution, compareJson } from './values';

/** A record as the merge sees it: plain fields (its zod type is restored when assembled). */
export type Rec = Readonly<Record<string, unknown>>;
export type StampMap = Readonly<Record<string, Stamp>>;

/**
 * A field stamped on the record but stored outside it: an entity's canvas position lives in
 * `doc.layout[id]` and is stamped as field `layout` of the entity.
 */
export interface Outside {
  field: string;
  a: unknown;
  b: unknown;
}

/** One record present on both sides, with its stamps. */
export interface RecordPair {
  id: Id;
  kind: RecordKind;
  a: Rec;
  b: Rec;
  sa: StampMap | undefined;
  sb: StampMap | undefined;
  outside?: Outside;
}

export interface JoinedRecord {
  record: Rec;
  stamps: StampMap | undefined;
  /** The merged value of the outside field, when there is one. */
  outside?: unknown;
}

const EMPTY: StampMap = {};

export function sameStamps(sa: StampMap, sb: StampMap): boolean {
  let n = 0;
  for (const k in sa) {
    if (sa[k] !== sb[k]) return false;
    n++;
  }
  for (const _k in sb) n--;
  return n === 0;
}

export function conflictSide(value: unknown, stamp: Stamp | undefined): ConflictSide {
  return { ...(value === undefined ? {} : { value }), ...(stamp === undefined ? {} : attribution(stamp)) };
}

/**
 * Joins the two versions of one record field by field: each field takes the value with the
 * later stamp. A field both sides changed since the split, to different values, is a
 * conflict (the later value still wins). Same stamps mean the same edit, so the common case
 * — a record neither side touched — costs one pass over its stamps and reuses side A's objects.
 */
export function joinRecord(p: RecordPair, div: Divergence, conflicts: Conflict[]): JoinedRecord {
  const sa = p.sa ?? EMPTY;
  const sb = p.sb ?? EMPTY;
  const out = p.outside;
  if ((sa === sb || sameStamps(sa, sb)) && jsonEqual(p.a, p.b) && (!out || jsonEqual(out.a, out.b))) {
    return { record: p.a, stamps: p.sa ?? p.sb, ...(out ? { outside: out.a } : {}) };
  }
  if (p.a.kind !== p.b.kind) return wholeRecord(p);

  const stamps: Record<string, Stamp> = {};
  const fromB: string[] = [];
  const valueOf = (side: 'a' | 'b', f: string) => (out && f === out.field ? out[side] : p[side][f]);
  for (const f of fieldsOf(sa, sb)) {
    const s1 = sa[f];
    const s2 = sb[f];
    const v1 = valueOf('a', f);
    const v2 = valueOf('b', f);
    if (s1 === s2) {
      if (s1 !== undefined) stamps[f] = s1;
      if (!jsonEqual(v1, v2) && compareJson(v1, v2) > 0) fromB.push(f);
      continue;
    }
    const bWins = s1 === undefined || (s2 !== undefined && s2 > s1);
    stamps[f] = (bWins ? s2 : s1)!;
    if (bWins) fromB.push(f);
    if (div.changedA(p.id, f, s1) && div.changedB(p.id, f, s2) && !jsonEqual(v1, v2)) {
      conflicts.push({ type: 'field', recordId: p.id, kind: p.kind, field: f, ours: conflictSide(v1, s1), theirs: conflictSide(v2, s2), winner: bWins ? 'theirs' : 'ours' });
    }
  }
  // Unstamped fields (the id): equal on valid input; otherwise the same pick both ways.
  for (const f of Object.keys(p.b)) {
    if (f in stamps || (out && f === out.field)) continue;
    if (!jsonEqual(p.a[f], p.b[f]) && (p.a[f] === undefined || compareJson(p.a[f], p.b[f]) > 0)) fromB.push(f);
  }

  const record: Record<string, unknown> = fromB.length ? { ...p.a } : (p.a as Record<string, unknown>);
  let outside = out?.a;
  for (const f of fromB) {
    if (out && f === out.field) outside = out.b;
    else if (p.b[f] === undefined) delete record[f];
    else record[f] = p.b[f];
  }
  return { record, stamps, ...(out ? { outside } : {}) };
}

function fieldsOf(sa: StampMap, sb: StampMap): string[] {
  const fields = Object.keys(sa);
  for (const f in sb) if (!(f in sa)) fields.push(f);
  return fields;
}

/**
 * Two records under one id with different kinds cannot be mixed field by field (the result
 * would fit neither schema): the side whose `kind` stamp is later keeps its whole record.
 * Ids are random, so this only happens to damaged files.
 */
function wholeRecord(p: RecordPair): JoinedRecord {
  const ka = p.sa?.kind;
  const kb = p.sb?.kind;
  const bWins = ka === kb ? compareJson(p.a, p.b) > 0 : ka === undefined || (kb !== undefined && kb > ka);
  return bWins
    ? { record: p.b, stamps: p.sb, ...(p.outside ? { outside: p.outside.b } : {}) }
    : { record: p.a, stamps: p.sa, ...(p.outside ? { outside: p.outside.a } : {}) };
}

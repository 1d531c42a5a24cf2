import { COLLECTIONS, POSITION_FIELD, SETTINGS_RECORD, jsonEqual, partInfo, recordKeys, recordReader, type Collection, type Id, type McredDocument, type Position, type Save, type Settings, type Stamp } from '../model';
import { joinCarried, joinCarriedStamps } from './carried';
import { deletedConflict, kindOf } from './conflicts';
import { recordChanged, type Divergence } from './divergence';
import { joinRecord, sameStamps, type Rec, type StampMap } from './records';
import type { Conflict } from './types';
import { compareJson } from './values';

/** What the join leaves for `normalise` and the summaries: where the two copies differ. */
export interface JoinNotes {
  /** Ids of records the copies do not agree on (one-sided, deleted on one side, or edited). */
  touched: Set<Id>;
  /** Links only one copy has: the only ones that can duplicate or close a circle. */
  oneSidedLinks: Id[];
  /** Ids of records one copy still had that the merged document has deleted. */
  died: Id[];
}

/**
 * The join of two copies, before any structural repair: the union of records, each field
 * by its later stamp, tombstones united (a deleted record stays deleted, under the later
 * of its tombstone stamps), saves united. This part alone is commutative, associative and
 * idempotent; `normalise` then repairs what only the combination breaks.
 * The result has fresh top-level maps (safe to delete from); records are shared, never
 * mutated. Records neither side touched cost one comparison of their stamps and values.
 */
export function joinDocuments(a: McredDocument, b: McredDocument, div: Divergence, conflicts: Conflict[]): { doc: McredDocument; notes: JoinNotes } {
  const s: JoinState = {
    a,
    b,
    tombstones: joinTombstones(a.meta.tombstones, b.meta.tombstones),
    readA: readers(a),
    readB: readers(b),
    stamps: {},
    layout: {},
    div,
    conflicts,
    notes: { touched: new Set([SETTINGS_RECORD]), oneSidedLinks: [], died: [] },
  };
  const maps = {} as Record<Collection, Record<Id, Rec>>;
  for (const c of COLLECTIONS) maps[c] = joinCollection(c, s);

  const settings = joinRecord(
    { id: SETTINGS_RECORD, kind: 'settings', a: a.settings, b: b.settings, sa: a.meta.stamps[SETTINGS_RECORD], sb: b.meta.stamps[SETTINGS_RECORD] },
    div,
    conflicts,
  );
  if (settings.stamps) s.stamps[SETTINGS_RECORD] = settings.stamps;

  const doc: McredDocument = {
    format: a.format,
    schemaVersion: a.schemaVersion,
    id: a.id <= b.id ? a.id : b.id,
    settings: settings.record as Settings,
    ...(maps as unknown as Pick<McredDocument, Collection>),
    layout: s.layout,
    saves: joinSaves(a.saves, b.saves),
    meta: { stamps: s.stamps as McredDocument['meta']['stamps'], tombstones: s.tombstones },
  };
  const carried = joinCarried(a, b);
  if (carried) {
    doc.carried = carried;
    joinCarriedStamps(a, b, carried, s.stamps);
  }
  return { doc, notes: s.notes };
}

interface Readers {
  stamps: (id: Id) => StampMap | undefined;
  layout: (id: Id) => Position | undefined;
}

const readers = (d: McredDocument): Readers => ({ stamps: recordReader(d.meta.stamps as Record<Id, StampMap>), layout: recordReader(d.layout) });

interface JoinState {
  a: McredDocument;
  b: McredDocument;
  tombstones: Record<Id, Stamp>;
  /** Each copy's change stamps and positions, read by id. */
  readA: Readers;
  readB: Readers;
  stamps: Record<string, StampMap>;
  layout: Record<Id, Position>;
  div: Divergence;
  conflicts: Conflict[];
  notes: JoinNotes;
}

function joinCollection(c: Collection, s: JoinState): Record<Id, Rec> {
  // Readers, not `map[id]`: an edited 10k map's collections, stamps and layout are
  // persistent record maps, where each `map[id]` goes through the view's traps.
  const A = recordReader(s.a[c] as Record<Id, Rec>);
  const B = recordReader(s.b[c] as Record<Id, Rec>);
  const { stamps: SA, layout: LA } = s.readA;
  const { stamps: SB, layout: LB } = s.readB;
  const entities = c === 'entities';
  // A named revision never changes after it is made, and its snapshot is a whole map:
  // equal stamps are trusted instead of comparing snapshots value by value.
  const immutable = partInfo(c)?.immutable === true;
  const out: Record<Id, Rec> = {};
  const keep = (id: Id, rec: Rec, stamps: StampMap | undefined, at: Position | undefined) => {
    out[id] = rec;
    if (stamps) s.stamps[id] = stamps;
    if (at) s.layout[id] = at;
  };
  for (const id of recordKeys(s.a[c])) {
    const ra = A(id)!;
    const rb = B(id);
    if (s.tombstones[id] !== undefined) {
      died(c, id, ra, 'a', s);
      if (rb) died(c, id, rb, 'b', s);
      continue;
    }
    const sa = SA(id);
    const la = entities ? LA(id) : undefined;
    if (rb === undefined) {
      s.notes.touched.add(id);
      if (c === 'links') s.notes.oneSidedLinks.push(id);
      keep(id, ra, sa, la);
      continue;
    }
    const sb = SB(id);
    const lb = entities ? LB(id) : undefined;
    if ((sa === sb || (sa !== undefined && sb !== undefined && sameStamps(sa, sb))) && (ra === rb || immutable || jsonEqual(ra, rb)) && (la === lb || jsonEqual(la, lb))) {
      keep(id, ra, sa ?? sb, la);
      continue;
    }
    s.notes.touched.add(id);
    const j = joinRecord({ id, kind: kindOf(c, ra), a: ra, b: rb, sa, sb, ...(entities ? { outside: { field: POSITION_FIELD, a: la, b: lb } } : {}) }, s.div, s.conflicts);
    keep(id, j.record, j.stamps, j.outside as Position | undefined);
  }
  for (const id of recordKeys(s.b[c])) {
    if (A(id) !== undefined) continue;
    const rb = B(id)!;
    if (s.tombstones[id] !== undefined) {
      died(c, id, rb, 'b', s);
      continue;
    }
    s.notes.touched.add(id);
    if (c === 'links') s.notes.oneSidedLinks.push(id);
    keep(id, rb, SB(id), entities ? LB(id) : undefined);
  }
  return out;
}

/**
 * A record one side still has and the other deleted stays deleted. When the keeping side
 * changed it since the split, the change is lost: reported as `edited-deleted`.
 */
function died(c: Collection, id: Id, rec: Rec, live: 'a' | 'b', s: JoinState): void {
  s.notes.touched.add(id);
  s.notes.died.push(id);
  const keeper = live === 'a' ? s.a : s.b;
  const deleter = live === 'a' ? s.b : s.a;
  const tomb = deleter.meta.tombstones[id];
  if (tomb === undefined || keeper.meta.tombstones[id] !== undefined) return;
  const stamps = keeper.meta.stamps[id];
  if (!recordChanged(live === 'a' ? s.div.changedA : s.div.changedB, id, stamps)) return;
  const value = c === 'entities' && keeper.layout[id] ? { ...rec, [POSITION_FIELD]: keeper.layout[id] } : rec;
  s.conflicts.push(deletedConflict(id, kindOf(c, rec), live, value, stamps, tomb));
}

/** Union; where both deleted, the later tombstone stamp. */
function joinTombstones(a: Readonly<Record<Id, Stamp>>, b: Readonly<Record<Id, Stamp>>): Record<Id, Stamp> {
  const out: Record<Id, Stamp> = {};
  for (const id of Object.keys(a)) out[id] = a[id]!;
  for (const id of Object.keys(b)) {
    const t = b[id]!;
    const u = out[id];
    if (u === undefined || t > u) out[id] = t;
  }
  return out;
}

/** Union; the same id with different stamps (a damaged file) keeps the later. */
function joinSaves(a: Readonly<Record<Id, Save>>, b: Readonly<Record<Id, Save>>): Record<Id, Save> {
  const out: Record<Id, Save> = { ...a };
  for (const id in b) {
    const t = b[id]!;
    const u = out[id];
    if (u === undefined || t.stamp > u.stamp || (t.stamp === u.stamp && compareJson(t, u) < 0)) out[id] = t;
  }
  return out;
}

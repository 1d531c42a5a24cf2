import type { Collection, EntityKind, Id, McredDocument, Stamp } from '../model';
import { conflictSide, type Rec, type StampMap } from './records';
import type { Conflict, ConflictSide, RecordKind } from './types';
import { attribution, latestStamp } from './values';

/**
 * Builders of record-level conflicts. Each describes both sides as that copy had them, so
 * merging b with a gives the same conflicts with `ours`/`theirs` and `winner` swapped.
 */

const KIND_OF_COLLECTION: Record<Exclude<Collection, 'entities'>, RecordKind> = {
  links: 'link',
  people: 'person',
  comments: 'comment',
  endorsements: 'endorsement',
  revisions: 'revision',
  reviews: 'review',
  proposals: 'proposal',
  approvals: 'approval',
};

export function kindOf(c: Collection, rec: Rec): RecordKind {
  return c === 'entities' ? (rec.kind as EntityKind) : KIND_OF_COLLECTION[c];
}

type Side = 'a' | 'b';
const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');
const name = (s: Side): 'ours' | 'theirs' => (s === 'a' ? 'ours' : 'theirs');

function deletedSide(stamp: Stamp | undefined): ConflictSide {
  return { deleted: true, ...(stamp === undefined ? {} : attribution(stamp)) };
}

function bySide(side: Side, mine: ConflictSide, others: ConflictSide): { ours: ConflictSide; theirs: ConflictSide } {
  return side === 'a' ? { ours: mine, theirs: others } : { ours: others, theirs: mine };
}

/** `live` changed a record the other side deleted; the deletion wins. */
export function deletedConflict(id: Id, kind: RecordKind, live: Side, value: Rec, stamps: StampMap | undefined, tomb: Stamp): Conflict {
  const sides = bySide(live, conflictSide(value, latestStamp(stamps)), deletedSide(tomb));
  return { type: 'edited-deleted', recordId: id, kind, ...sides, winner: name(other(live)) };
}

/** The two copies, for describing what each had of a dropped record. */
export interface Copies {
  a: McredDocument;
  b: McredDocument;
  /** The merged document's tombstones (derived ones included). */
  tombstones: Readonly<Record<Id, Stamp>>;
}

function recordOn(doc: McredDocument, c: Collection, id: Id): Rec | undefined {
  return (doc[c] as Record<Id, Rec>)[id];
}

/**
 * A record dropped because `parent` (its link end, comment target, thread or person) is
 * deleted. The side that had the record shows it; the other shows the deletion.
 */
export function orphanConflict(c: Collection, id: Id, rec: Rec, parent: Id, copies: Copies): Conflict {
  const view = (s: Side): ConflictSide => {
    const doc = copies[s];
    const mine = recordOn(doc, c, id);
    if (mine) return conflictSide(mine, latestStamp(doc.meta.stamps[id]));
    return deletedSide(doc.meta.tombstones[parent] ?? copies.tombstones[parent]);
  };
  const inA = recordOn(copies.a, c, id) !== undefined;
  const inB = recordOn(copies.b, c, id) !== undefined;
  const winner: Side = inA !== inB ? (inA ? 'b' : 'a') : copies.b.meta.tombstones[parent] !== undefined && copies.a.meta.tombstones[parent] === undefined ? 'b' : 'a';
  return { type: 'orphaned', recordId: id, kind: kindOf(c, rec), ours: view('a'), theirs: view('b'), winner: name(winner), related: [parent] };
}

/** A `requires` link dropped because, with `partners`, it would close a circle. */
export function cycleConflict(id: Id, partners: readonly Id[], copies: Copies, created: (doc: McredDocument, id: Id) => Stamp | undefined): Conflict {
  const view = (s: Side): ConflictSide => {
    const doc = copies[s];
    const mine = doc.links[id];
    if (mine) return conflictSide(mine, created(doc, id));
    const theirs = partners.filter((p) => doc.links[p] !== undefined);
    if (!theirs.length) return {};
    let latest: Stamp | undefined;
    for (const p of theirs) {
      const st = created(doc, p);
      if (st !== undefined && (latest === undefined || st > latest)) latest = st;
    }
    return conflictSide(theirs.map((p) => doc.links[p]), latest);
  };
  const inA = copies.a.links[id] !== undefined;
  const inB = copies.b.links[id] !== undefined;
  const winner: Side = inA && !inB ? 'b' : 'a';
  return { type: 'requires-cycle', recordId: id, kind: 'link', ours: view('a'), theirs: view('b'), winner: name(winner), related: [...partners] };
}

/** Both sides drew the same link with different details: `kept` stays, `dropped` goes. */
export function duplicateConflict(dropped: Id, kept: Id, copies: Copies): Conflict {
  const view = (s: Side): ConflictSide => {
    const doc = copies[s];
    const id = doc.links[dropped] ? dropped : kept;
    const link = doc.links[id];
    return link ? conflictSide(link, latestStamp(doc.meta.stamps[id])) : {};
  };
  const keptA = copies.a.links[kept] !== undefined;
  const keptB = copies.b.links[kept] !== undefined;
  const winner: Side = keptA !== keptB ? (keptA ? 'a' : 'b') : copies.a.links[dropped] !== undefined && copies.b.links[dropped] === undefined ? 'b' : 'a';
  return { type: 'duplicate-link', recordId: dropped, kind: 'link', ours: view('a'), theirs: view('b'), winner: name(winner), related: [kept] };
}

const TYPE_ORDER = ['field', 'edited-deleted', 'orphaned', 'requires-cycle', 'duplicate-link'];

/** Record id, then field, then type: the same order whichever copy came first. */
export function compareConflicts(x: Conflict, y: Conflict): number {
  if (x.recordId !== y.recordId) return x.recordId < y.recordId ? -1 : 1;
  const fx = x.field ?? '';
  const fy = y.field ?? '';
  if (fx !== fy) return fx < fy ? -1 : 1;
  return TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type);
}

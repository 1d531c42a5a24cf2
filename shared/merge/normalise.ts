import { jsonEqual, stampWithAuthor, type Collection, type Id, type Link, type McredDocument, type Stamp } from '../model';
import { findRequiresCycle } from '../format/references';
import { cycleConflict, duplicateConflict, orphanConflict, type Copies } from './conflicts';
import { breakRequiresCycles } from './cycles';
import type { Rec, StampMap } from './records';
import type { Conflict } from './types';
import type { JoinNotes } from './join';
import { earliestStamp } from './values';

/**
 * The author of tombstones the merge itself leaves, for records it had to drop. Summaries
 * say "the merge removed …" instead of blaming whoever created the record.
 */
export const MERGE_AUTHOR = 'mcred_merge';
const NO_STAMP = `0000000000000-000-0000@${MERGE_AUTHOR}`;

/** When a record was created: the stamp of a field no command ever changes again. */
export function creationStamp(stamps: StampMap | undefined): Stamp | undefined {
  return stamps?.kind ?? stamps?.target ?? earliestStamp(stamps);
}

/**
 * The tombstone stamp of a record the merge drops: its creation time, by `MERGE_AUTHOR`.
 * It must be the same whichever order copies are merged in, so it may depend only on what
 * never changes: not on the record's latest edit nor on the deleted end's tombstone (both
 * can grow when a third copy arrives, and a dropped record's ends are forgotten).
 */
export function droppedStamp(stamps: StampMap | undefined): Stamp {
  const created = creationStamp(stamps);
  return created === undefined ? NO_STAMP : stampWithAuthor(created, MERGE_AUTHOR);
}

/**
 * Repairs what joining two valid copies can break, by dropping records (tombstoned, so
 * they never come back): links whose end is deleted, the later-created of two identical
 * links, `requires` links closing a circle, then comments, endorsements and revisions
 * hanging off anything deleted. Entities (so their layout) and people are never dropped.
 * Expects valid copies (as `parseDocument` and the commands give). Mutates `doc`'s
 * top-level maps (fresh from `joinDocuments`) and reports each drop in `conflicts`.
 */
export function normalise(doc: McredDocument, a: McredDocument, b: McredDocument, notes: JoinNotes, conflicts: Conflict[]): void {
  const copies: Copies = { a, b, tombstones: doc.meta.tombstones };
  const stamps = doc.meta.stamps as Record<string, StampMap>;
  const drop = (c: Collection, id: Id): void => {
    notes.touched.add(id);
    const t = droppedStamp(stamps[id]);
    const old = doc.meta.tombstones[id];
    doc.meta.tombstones[id] = old === undefined || t > old ? t : old;
    delete (doc[c] as Record<Id, Rec>)[id];
    delete stamps[id];
  };
  const orphan = (c: Collection, id: Id, rec: Rec, parent: Id): void => {
    drop(c, id);
    conflicts.push(orphanConflict(c, id, rec, parent, copies));
  };

  // Each copy is valid on its own, so whatever breaks involves a link only one side has: a
  // link both had lost no end (the deleting side would have deleted it too) and duplicates
  // nothing. Looking only at those keeps a 10k-entity merge from scanning every link.
  for (const id of notes.oneSidedLinks) {
    const l = doc.links[id];
    const gone = !l ? undefined : doc.entities[l.from] ? (doc.entities[l.to] ? undefined : l.to) : l.from;
    if (l && gone !== undefined) orphan('links', id, l, gone);
  }
  const order = (x: Link, y: Link): number => {
    const sx = creationStamp(stamps[x.id]) ?? '';
    const sy = creationStamp(stamps[y.id]) ?? '';
    return sx !== sy ? (sx < sy ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
  const fresh = notes.oneSidedLinks.map((id) => doc.links[id]).filter((l) => l !== undefined);
  for (const [dropped, kept] of findDuplicates(fresh, order)) {
    if (!sameExceptId(doc.links[dropped]!, doc.links[kept]!)) conflicts.push(duplicateConflict(dropped, kept, copies));
    drop('links', dropped);
  }
  if (fresh.some((l) => l.kind === 'requires' && doc.links[l.id]) && findRequiresCycle(doc).length) {
    for (const d of breakRequiresCycles(doc.links, order)) {
      conflicts.push(cycleConflict(d.id, d.partners, copies, (side, id) => creationStamp(side.meta.stamps[id])));
      drop('links', d.id);
    }
  }

  const comments = Object.values(doc.comments).sort((x, y) => (x.replyTo === undefined ? 0 : 1) - (y.replyTo === undefined ? 0 : 1));
  for (const c of comments) {
    const root = c.replyTo === undefined ? undefined : doc.comments[c.replyTo];
    const missing = !doc.entities[c.target] && !doc.links[c.target] ? c.target : !doc.people[c.author] ? c.author : c.replyTo !== undefined && (!root || root.replyTo !== undefined) ? c.replyTo : undefined;
    if (missing !== undefined) orphan('comments', c.id, c, missing);
  }
  for (const id in doc.endorsements) {
    const e = doc.endorsements[id]!;
    const missing = !doc.entities[e.target] ? e.target : !doc.people[e.person] ? e.person : undefined;
    if (missing !== undefined) orphan('endorsements', id, e, missing);
  }
  for (const id in doc.revisions) {
    const r = doc.revisions[id]!;
    if (!doc.people[r.author]) orphan('revisions', id, r, r.author);
  }
}

/** Pairs [dropped, kept] of links with the same kind and ends: the first in `order` is kept. */
function findDuplicates(links: readonly Link[], order: (x: Link, y: Link) => number): [Id, Id][] {
  const best = new Map<string, Link>();
  const losers: [Link, string][] = [];
  for (const l of links) {
    const key = `${l.kind} ${l.from} ${l.to}`;
    const seen = best.get(key);
    if (!seen) best.set(key, l);
    else if (order(l, seen) < 0) {
      best.set(key, l);
      losers.push([seen, key]);
    } else losers.push([l, key]);
  }
  return losers.map(([l, key]) => [l.id, best.get(key)!.id]);
}

function sameExceptId(x: Link, y: Link): boolean {
  return jsonEqual({ ...x, id: '' }, { ...y, id: '' });
}

import type { Draft } from 'immer';
import type { McredDocument, Stamp } from '../model';
import { scanRecords } from './produce';
import { tombstone } from './stamps';

/** Record maps whose records go (deleted and tombstoned) with what they hang off. */
type Dependent = 'comments' | 'endorsements' | 'proposals' | 'approvals';

/**
 * Deletes and tombstones the records of `part` that `doomed` picks. They are found with one
 * scan that drafts nothing (`scanRecords`), then deleted by id.
 */
export function deleteWhere<P extends Dependent>(draft: Draft<McredDocument>, part: P, doomed: (rec: McredDocument[P][string]) => boolean, stamp: Stamp): void {
  const map = draft[part] as unknown as Record<string, McredDocument[P][string]>;
  const ids: string[] = [];
  scanRecords(map, (rec, id) => {
    if (doomed(rec)) ids.push(id);
  });
  for (const id of ids) {
    delete map[id];
    tombstone(draft, id, stamp);
  }
}

/** Deletes the comment threads on any of `targets` (roots and their replies). */
export function deleteCommentsOn(draft: Draft<McredDocument>, targets: ReadonlySet<string>, stamp: Stamp): void {
  const roots = new Set<string>();
  scanRecords(draft.comments, (c) => {
    if (targets.has(c.target)) roots.add(c.id);
  });
  deleteThreads(draft, roots, stamp);
}

/** Deletes the given comments and every reply to them. */
export function deleteThreads(draft: Draft<McredDocument>, ids: ReadonlySet<string>, stamp: Stamp): void {
  if (ids.size) deleteWhere(draft, 'comments', (c) => ids.has(c.id) || (c.replyTo !== undefined && ids.has(c.replyTo)), stamp);
}

/** Deletes the proposed changes and approval records of deleted entities (they mean nothing without them). */
export function deleteReviewRecordsOn(draft: Draft<McredDocument>, targets: ReadonlySet<string>, stamp: Stamp): void {
  deleteWhere(draft, 'proposals', (p) => targets.has(p.target), stamp);
  deleteWhere(draft, 'approvals', (a) => targets.has(a.credential), stamp);
}

import type { Draft } from 'immer';
import type { McredDocument, Stamp } from '../model';
import { tombstone } from './stamps';

/** Deletes the comment threads on any of `targets` (roots and their replies). */
export function deleteCommentsOn(draft: Draft<McredDocument>, targets: ReadonlySet<string>, stamp: Stamp): void {
  const roots = new Set<string>();
  for (const c of Object.values(draft.comments)) if (targets.has(c.target)) roots.add(c.id);
  deleteThreads(draft, roots, stamp);
}

/** Deletes the given comments and every reply to them. */
export function deleteThreads(draft: Draft<McredDocument>, ids: ReadonlySet<string>, stamp: Stamp): void {
  if (!ids.size) return;
  for (const c of Object.values(draft.comments)) {
    if (ids.has(c.id) || (c.replyTo !== undefined && ids.has(c.replyTo))) {
      delete draft.comments[c.id];
      tombstone(draft, c.id, stamp);
    }
  }
}

/** Deletes the proposed changes and approval records of deleted entities (they mean nothing without them). */
export function deleteReviewRecordsOn(draft: Draft<McredDocument>, targets: ReadonlySet<string>, stamp: Stamp): void {
  for (const p of Object.values(draft.proposals)) {
    if (!targets.has(p.target)) continue;
    delete draft.proposals[p.id];
    tombstone(draft, p.id, stamp);
  }
  for (const a of Object.values(draft.approvals)) {
    if (!targets.has(a.credential)) continue;
    delete draft.approvals[a.id];
    tombstone(draft, a.id, stamp);
  }
}

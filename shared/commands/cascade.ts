import type { Draft } from 'immer';
import type { McredDocument, Stamp } from '../model';
import { scanRecords } from './produce';
import { tombstone } from './stamps';

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
  if (!ids.size) return;
  const doomed: string[] = [];
  scanRecords(draft.comments, (c) => {
    if (ids.has(c.id) || (c.replyTo !== undefined && ids.has(c.replyTo))) doomed.push(c.id);
  });
  for (const id of doomed) {
    delete draft.comments[id];
    tombstone(draft, id, stamp);
  }
}

/** Deletes the proposed changes and approval records of deleted entities (they mean nothing without them). */
export function deleteReviewRecordsOn(draft: Draft<McredDocument>, targets: ReadonlySet<string>, stamp: Stamp): void {
  const proposals: string[] = [];
  scanRecords(draft.proposals, (p) => {
    if (targets.has(p.target)) proposals.push(p.id);
  });
  for (const id of proposals) {
    delete draft.proposals[id];
    tombstone(draft, id, stamp);
  }
  const approvals: string[] = [];
  scanRecords(draft.approvals, (a) => {
    if (targets.has(a.credential)) approvals.push(a.id);
  });
  for (const id of approvals) {
    delete draft.approvals[id];
    tombstone(draft, id, stamp);
  }
}

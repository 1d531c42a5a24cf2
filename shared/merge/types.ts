import type { EntityKind, Id, McredDocument, Stamp } from '../model';

/** What a record is, for messages and for marking conflicts on the canvas. */
export type RecordKind = EntityKind | 'link' | 'person' | 'comment' | 'endorsement' | 'revision' | 'review' | 'proposal' | 'approval' | 'settings';

/**
 * Why the merge could not simply combine two copies:
 * - `field`: both sides changed the same field since they diverged, to different values;
 * - `edited-deleted`: one side deleted a record the other side changed (it stays deleted);
 * - `orphaned`: a record added or kept on one side hangs off a record deleted on the other
 *   (a link to a deleted entity, a comment on it, a reply to a deleted thread); it is dropped;
 * - `requires-cycle`: `requires` links from both sides would go round in a circle; the
 *   later one is dropped;
 * - `duplicate-link`: both sides drew the same link with different details; one is kept.
 */
export type ConflictType = 'field' | 'edited-deleted' | 'orphaned' | 'requires-cycle' | 'duplicate-link';

/** One side of a conflict as that copy had it: the value, and who changed it when. */
export interface ConflictSide {
  /**
   * The field's value (absent when the field is cleared); for record-level conflicts the
   * whole record, or for `requires-cycle` the list of this side's links it clashed with.
   */
  value?: unknown;
  /** This side deleted the record (or the record it hangs off). */
  deleted?: true;
  /** The change stamp behind this side's value or deletion; absent when the side had neither. */
  stamp?: Stamp;
  /** Who made that change (the stamp's author). */
  author?: Id;
  /** When, as an ISO date-time (the stamp's wall time). */
  at?: string;
}

/**
 * Something the merge decided on the user's behalf and should show for review. The merged
 * document already holds the winner's version; `ours` is always the first argument of
 * `mergeDocuments`, so swapping the arguments swaps `ours`/`theirs` and `winner` only.
 */
export interface Conflict {
  type: ConflictType;
  /** The record the conflict is about (for structural conflicts: the record that was dropped). */
  recordId: Id;
  kind: RecordKind;
  /** The field, for `field` conflicts (`layout` is the entity's position on the canvas). */
  field?: string;
  ours: ConflictSide;
  theirs: ConflictSide;
  /** Whose version the merged document holds. */
  winner: 'ours' | 'theirs';
  /**
   * Other records involved: for `orphaned` the deleted record it hung off, for
   * `requires-cycle` the links it would have closed the circle with, for `duplicate-link`
   * the link that was kept.
   */
  related?: Id[];
}

/** One line of "what changed", e.g. Ana Lopez changed the statement of outcome “Analyse …”. */
export interface ChangeSummary {
  action: 'added' | 'changed' | 'moved' | 'deleted';
  recordId: Id;
  kind: RecordKind;
  /** The fields that changed (for `changed` and `moved`; `layout` is the position). */
  fields: string[];
  /** Who made the change: a person id, or `MERGE_AUTHOR` for records the merge dropped. */
  author: Id;
  /** The person's name as the map knows it, or their id when the map does not. */
  authorName: string;
  /** The latest stamp of the change. */
  stamp: Stamp;
  /** ISO date-time of that stamp. */
  at: string;
  /** The sentence to show. */
  text: string;
}

export interface MergeOptions {
  /**
   * The version both copies started from (e.g. what the app loaded). Without it, "changed
   * since they diverged" is judged against the last save both copies share.
   */
  base?: McredDocument;
}

export interface MergeResult {
  /** The merged document: schema-valid and referentially valid. */
  doc: McredDocument;
  /** Sorted by record id, then field, then type. */
  conflicts: Conflict[];
  /** What each side brought: `fromA` is what `b`'s user sees arrive, and vice versa. */
  changes: { fromA: ChangeSummary[]; fromB: ChangeSummary[] };
}

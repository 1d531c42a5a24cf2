import type { McredDocument } from '../model';
import { compareConflicts } from './conflicts';
import { divergence } from './divergence';
import { joinDocuments } from './join';
import { normalise } from './normalise';
import { summariseRecords } from './summarise';
import type { Conflict, MergeOptions, MergeResult } from './types';

/**
 * Merges two copies of a map field by field (see docs/ARCHITECTURE.md,
 * "Co-editing"): every field takes the value with the later stamp; deleted records stay deleted;
 * links, comments and endorsements left hanging are dropped, duplicate links collapse to
 * the first created, and `requires` circles are broken by dropping the later link — each
 * such decision, and every field both sides changed since they diverged, is a `Conflict`.
 *
 * Pure and deterministic: merge(a, b) and merge(b, a) serialise to the same bytes (their
 * conflicts differ only by ours/theirs), merge(a, a) is `a`, and merging the result with
 * either input changes nothing. The inputs are not modified; the result shares their
 * unchanged records.
 */
export function mergeDocuments(a: McredDocument, b: McredDocument, options: MergeOptions = {}): MergeResult {
  const conflicts: Conflict[] = [];
  const { doc, notes } = joinDocuments(a, b, divergence(a, b, options.base), conflicts);
  normalise(doc, a, b, notes, conflicts);
  conflicts.sort(compareConflicts);
  // Only records the copies disagree on can have changed: summarising just those keeps a
  // 10k-entity merge from walking every record twice more.
  const ids = [...notes.touched];
  return { doc, conflicts, changes: { fromA: summariseRecords(b, doc, ids), fromB: summariseRecords(a, doc, ids) } };
}

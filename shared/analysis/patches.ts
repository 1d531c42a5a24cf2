import type { Patch } from 'immer';
import { POSITIONS_KEY, SETTINGS_RECORD } from '../model';

/** Collections whose records the analysis reads; the record id is the second path element. */
const READ: ReadonlySet<string> = new Set(['entities', 'links', 'endorsements', 'people', 'approvals']);
/** Collections the analysis never reads: positions, comments, history, change metadata. */
const IGNORED: ReadonlySet<string> = new Set([POSITIONS_KEY, 'comments', 'revisions', 'reviews', 'proposals', 'saves', 'meta']);

/**
 * The record ids a command's immer patches touched, for `reanalyse`. Paths like
 * `['entities', id, …]`, `['links', id]`, `['endorsements', id]`, `['people', id, …]` give
 * the id; layout, comments, revisions, saves and change stamps are ignored (no rule reads
 * them); anything else — the settings, a whole collection replaced, the document itself —
 * gives `map` (`SETTINGS_RECORD`), which makes `reanalyse` run everything.
 */
export function changedIdsFromPatches(patches: Iterable<Pick<Patch, 'path'>>): Set<string> {
  const ids = new Set<string>();
  for (const { path } of patches) {
    const [head, id] = path;
    if (typeof head === 'string' && IGNORED.has(head)) continue;
    if (typeof head === 'string' && READ.has(head) && typeof id === 'string') ids.add(id);
    else ids.add(SETTINGS_RECORD);
  }
  return ids;
}

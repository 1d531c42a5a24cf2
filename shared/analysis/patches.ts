import type { Patch } from 'immer';
import { DOCUMENT_PARTS, KEYED_PARTS, SETTINGS_RECORD } from '../model';

/** Collections whose records the analysis reads (`DOCUMENT_PARTS`); the record id is the second path element. */
const READ: ReadonlySet<string> = new Set(KEYED_PARTS.filter((p) => DOCUMENT_PARTS[p].analysed));
/** Parts the analysis never reads: positions, comments, history, change metadata, what a newer app wrote. */
const IGNORED: ReadonlySet<string> = new Set([...KEYED_PARTS.filter((p) => !DOCUMENT_PARTS[p].analysed), 'meta', 'carried']);

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

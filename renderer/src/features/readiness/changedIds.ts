import { SETTINGS_RECORD, changedRecordIds, type McredDocument } from '../../../../shared/model';

/** Collections the analysis reads, keyed by record id. Layout, comments and history are never read. */
const READ = ['entities', 'links', 'endorsements', 'people', 'approvals'] as const;

/**
 * The record ids that differ between two versions of a document, for `reanalyse`. Records
 * are immutable, so a reference comparison finds every change; collections whose map is the
 * same object are skipped, and persistent maps are compared bucket by bucket, which keeps
 * this O(changed) for ordinary edits. Gives `null`
 * when the difference is larger than `limit` (a full run is then cheaper and simpler) and
 * `map` when the settings changed (which makes `reanalyse` run everything).
 */
export function changedIdsBetween(prev: McredDocument, next: McredDocument, limit = 500): Set<string> | null {
  const ids = new Set<string>();
  if (prev.settings !== next.settings) ids.add(SETTINGS_RECORD);
  for (const key of READ) {
    const a: Readonly<Record<string, unknown>> = prev[key];
    const b: Readonly<Record<string, unknown>> = next[key];
    // Persistent maps (shared/model/recordMap.ts) compare only the buckets that differ.
    if (!changedRecordIds(a, b, limit, ids)) return null;
  }
  return ids;
}

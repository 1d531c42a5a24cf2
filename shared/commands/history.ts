import { applyPatches, produceWithPatches, type Draft, type Patch } from 'immer';
import { COLLECTIONS, SETTINGS_RECORD, type McredDocument, type Stamp } from '../model';
import type { ApplyResult } from './apply';
import { stampFields, stampableKeys } from './stamps';

const RECORD_COLLECTIONS: ReadonlySet<string> = new Set(COLLECTIONS);

/**
 * Undo and redo: restores the content that `patches` describe, exactly, but stamps what
 * it touches afresh (a restored record loses its tombstone; a removed one gains one).
 * Restoring the old stamps instead would let a co-editor's older copy win over the undo.
 * Patches to `meta` and `saves` are ignored: history is not content.
 * The result's `inversePatches` are the next step in the other direction (undo ⇄ redo).
 */
export function applyHistoryStep(doc: McredDocument, patches: readonly Patch[], stamp: Stamp): ApplyResult {
  const content = patches.filter((p) => p.path[0] !== 'meta' && p.path[0] !== 'saves');
  const [next, forward, inverse] = produceWithPatches(doc, (draft) => {
    applyPatches(draft, content);
    for (const p of content) restamp(draft, p, stamp);
  });
  return { ok: true, doc: next, patches: forward, inversePatches: inverse };
}

function restamp(draft: Draft<McredDocument>, patch: Patch, stamp: Stamp): void {
  const [collection, id, field] = patch.path as (string | number | undefined)[];
  if (collection === 'settings') {
    const fields = typeof id === 'string' ? [id] : Object.keys(draft.settings);
    stampFields(draft, SETTINGS_RECORD, fields, stamp);
    return;
  }
  if (typeof id !== 'string') return;
  if (collection === 'layout') {
    if (draft.entities[id]) stampFields(draft, id, ['layout'], stamp);
    return;
  }
  if (typeof collection !== 'string' || !RECORD_COLLECTIONS.has(collection)) return;
  const records = draft[collection as 'entities'] as Record<string, object | undefined>;
  const record = records[id];
  if (field === undefined) {
    if (record) {
      delete draft.meta.tombstones[id];
      delete draft.meta.stamps[id];
      stampFields(draft, id, stampableKeys(record), stamp);
      if (collection === 'entities' && draft.layout[id]) stampFields(draft, id, ['layout'], stamp);
    } else {
      delete draft.meta.stamps[id];
      draft.meta.tombstones[id] = stamp;
    }
    return;
  }
  if (record && typeof field === 'string') stampFields(draft, id, [field], stamp);
}

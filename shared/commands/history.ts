import { applyPatches, type Draft, type Patch } from 'immer';
import { COLLECTIONS, POSITIONS_KEY, SETTINGS_RECORD, partInfo, stampAuthor, stampWithAuthor, type McredDocument, type Stamp } from '../model';
import type { ApplyResult } from './apply';
import { produceDocument } from './produce';
import { restampPosition, restampPositionOfRestored } from './positions';
import { stampFields, stampableKeys } from './stamps';

const RECORD_COLLECTIONS: ReadonlySet<string> = new Set(COLLECTIONS);

/**
 * Undo and redo: restores the content that `patches` describe, exactly, but stamps what
 * it touches afresh (a restored record loses its tombstone; a removed one gains one).
 * Restoring the old stamps instead would let a co-editor's older copy win over the undo.
 * Patches to `meta` and `saves` are ignored: history is not content.
 * With `keepAuthors` (redo), a field the patches stamped keeps the author of that stamp, at
 * the fresh time: redoing the acceptance of a reviewer's change is the reviewer's change
 * again, not the redoer's. Undo stamps with the undoer, whose act it is.
 * The result's `inversePatches` are the next step in the other direction (undo ⇄ redo).
 */
export function applyHistoryStep(doc: McredDocument, patches: readonly Patch[], stamp: Stamp, options: { keepAuthors?: boolean } = {}): ApplyResult {
  const content = patches.filter((p) => p.path[0] !== 'meta' && partInfo(p.path[0])?.kind !== 'history');
  const authors = options.keepAuthors ? recordedAuthors(patches) : undefined;
  const [next, forward, inverse] = produceDocument(doc, (draft) => {
    applyPatches(draft, content);
    for (const p of content) restamp(draft, p, stamp);
    if (authors) for (const [id, fields] of authors) for (const [field, author] of fields) {
      const stamps = draft.meta.stamps[id];
      if (stamps?.[field] === stamp) stamps[field] = stampWithAuthor(stamp, author);
    }
  });
  return { ok: true, doc: next, patches: forward, inversePatches: inverse };
}

/** Authors of the field stamps a step's patches set: record id → field → person id. */
function recordedAuthors(patches: readonly Patch[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const note = (id: string, field: string, value: unknown) => {
    if (typeof value !== 'string' || !value.includes('@')) return;
    const fields = out.get(id) ?? new Map<string, string>();
    fields.set(field, stampAuthor(value));
    out.set(id, fields);
  };
  for (const p of patches) {
    const [head, kind, id, field] = p.path as (string | number | undefined)[];
    if (head !== 'meta' || kind !== 'stamps' || typeof id !== 'string' || (p.op !== 'replace' && p.op !== 'add')) continue;
    if (typeof field === 'string') note(id, field, p.value);
    else if (field === undefined && p.value && typeof p.value === 'object') for (const [f, v] of Object.entries(p.value as Record<string, unknown>)) note(id, f, v);
  }
  return out;
}

function restamp(draft: Draft<McredDocument>, patch: Patch, stamp: Stamp): void {
  const [collection, id, field] = patch.path as (string | number | undefined)[];
  if (collection === 'settings') {
    const fields = typeof id === 'string' ? [id] : Object.keys(draft.settings);
    stampFields(draft, SETTINGS_RECORD, fields, stamp);
    return;
  }
  if (typeof id !== 'string') return;
  if (collection === POSITIONS_KEY) {
    restampPosition(draft, id, stamp);
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
      if (collection === 'entities') restampPositionOfRestored(draft, id, stamp);
    } else {
      delete draft.meta.stamps[id];
      draft.meta.tombstones[id] = stamp;
    }
    return;
  }
  if (record && typeof field === 'string') stampFields(draft, id, [field], stamp);
}

import type { Draft } from 'immer';
import type { McredDocument, Stamp } from '../model';

/** Records that `fields` of record `id` changed at `stamp`. */
export function stampFields(draft: Draft<McredDocument>, id: string, fields: Iterable<string>, stamp: Stamp): void {
  const stamps = (draft.meta.stamps[id] ??= {});
  for (const f of fields) stamps[f] = stamp;
}

/** Leaves a tombstone for a deleted record and drops its field stamps. */
export function tombstone(draft: Draft<McredDocument>, id: string, stamp: Stamp): void {
  delete draft.meta.stamps[id];
  draft.meta.tombstones[id] = stamp;
}

/** Fields of a record worth stamping: all but its id. */
export function stampableKeys(record: object): string[] {
  return Object.keys(record).filter((k) => k !== 'id');
}

/** Structural equality of JSON values (field values are small). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

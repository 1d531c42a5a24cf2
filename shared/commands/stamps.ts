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

/** Fields of a record worth stamping: all present ones but its id. */
export function stampableKeys(record: object): string[] {
  return Object.keys(record).filter((k) => k !== 'id' && (record as Record<string, unknown>)[k] !== undefined);
}

/**
 * Drops keys whose value is `undefined` (zod keeps them; JSON would drop them), and turns
 * -0 into 0 (JSON writes both as 0), so a record is stored exactly as it will be saved.
 */
export function normaliseRecord<T>(value: T): T {
  if (typeof value === 'number') return (Object.is(value, -0) ? 0 : value) as T;
  if (Array.isArray(value)) return value.map(normaliseRecord) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = normaliseRecord(v);
  return out as T;
}

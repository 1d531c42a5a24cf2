import type { McredDocument, Save, Stamp } from '../model';

/**
 * "Changed since the copies diverged", per side. It decides only what is *reported* as a
 * conflict; which value wins is always the later stamp, so the merged bytes do not depend
 * on it (and merging with or without a base gives the same document).
 */
export interface Divergence {
  /** True when side A's stamp of `field` of record `id` is a change made since the split. */
  changedA(id: string, field: string, stamp: Stamp | undefined): boolean;
  changedB(id: string, field: string, stamp: Stamp | undefined): boolean;
}

/**
 * The last save both copies carry (same id and stamp), or undefined when they share none.
 * Every save appends itself to `saves`, so two copies of one file share the save they were
 * last both loaded from.
 */
export function lastCommonSave(a: McredDocument, b: McredDocument): Save | undefined {
  const [small, large] = Object.keys(a.saves).length <= Object.keys(b.saves).length ? [a.saves, b.saves] : [b.saves, a.saves];
  let best: Save | undefined;
  for (const id in small) {
    const s = small[id]!;
    const t = large[id];
    if (!t || t.stamp !== s.stamp) continue;
    if (!best || s.stamp > best.stamp || (s.stamp === best.stamp && s.id < best.id)) best = s;
  }
  return best;
}

/**
 * With a base, a stamp is a change when it differs from the base's stamp for that field.
 * Without one, when it is later than the last common save R: an editor's clock observes
 * every stamp of the file it loads (R included), so its later changes sort after R. With
 * neither, every stamp counts as a change: differing values are then always reported,
 * which is noisy but never hides a lost edit.
 */
export function divergence(a: McredDocument, b: McredDocument, base?: McredDocument): Divergence {
  if (base) {
    const stamps = base.meta.stamps;
    const changed = (id: string, field: string, stamp: Stamp | undefined) => stamp !== undefined && stamp !== stamps[id]?.[field];
    return { changedA: changed, changedB: changed };
  }
  const r = lastCommonSave(a, b)?.stamp;
  const changed = r === undefined ? (_id: string, _f: string, s: Stamp | undefined) => s !== undefined : (_id: string, _f: string, s: Stamp | undefined) => s !== undefined && s > r;
  return { changedA: changed, changedB: changed };
}

/** True when any field of the record was changed since the split on that side. */
export function recordChanged(
  changed: Divergence['changedA'],
  id: string,
  stamps: Readonly<Record<string, Stamp>> | undefined,
): boolean {
  if (!stamps) return true;
  for (const f in stamps) if (changed(id, f, stamps[f])) return true;
  return false;
}

/**
 * The latest stamp anywhere in a document (fields, tombstones, saves). An editing session
 * must `observe` it after loading or merging a copy, so that its own changes sort after
 * everything it has seen — which is what "changed since the last common save" relies on.
 */
export function latestStampIn(doc: McredDocument): Stamp | undefined {
  let max: Stamp | undefined;
  const see = (s: Stamp) => {
    if (max === undefined || s > max) max = s;
  };
  const stamps = doc.meta.stamps;
  for (const id of Object.keys(stamps)) {
    const fields = stamps[id]!;
    for (const f in fields) see(fields[f]!);
  }
  for (const id of Object.keys(doc.meta.tombstones)) see(doc.meta.tombstones[id]!);
  for (const id of Object.keys(doc.saves)) see(doc.saves[id]!.stamp);
  return max;
}

import type { Entity, EntityKind, Id, Link, Position } from '../../model';

/** Canvas column of each entity kind (x, in px). */
export const COLUMN_X: Readonly<Record<EntityKind, number>> = {
  skill: 0,
  outcome: 380,
  assessment: 760,
  activity: 760,
  credential: 1140,
  program: 1520,
};

/** Vertical distance between two nodes of a column (px). */
export const ROW_GAP = 110;

/**
 * Positions for a left-to-right layout: skills | outcomes | assessments and activities |
 * credentials | programs. Outcomes keep their given order; every other node sits as near as
 * the row gap allows to the mean height of the nodes it is linked to (a barycentre layout),
 * so links cross little. Deterministic: ties keep the order of `entities`.
 */
export function layoutPositions(entities: readonly Entity[], links: readonly Link[]): Record<Id, Position> {
  const neighbours = new Map<Id, Id[]>();
  const join = (a: Id, b: Id) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const l of links) {
    join(l.from, l.to);
    join(l.to, l.from);
  }

  const y = new Map<Id, number>();
  const ofKind = (...kinds: EntityKind[]) => entities.filter((e) => kinds.includes(e.kind));
  ofKind('outcome').forEach((e, i) => y.set(e.id, i * ROW_GAP));

  // Each later column is placed against the columns already placed.
  place(ofKind('skill'), neighbours, y);
  place(ofKind('assessment', 'activity'), neighbours, y);
  place(ofKind('credential'), neighbours, y);
  place(ofKind('program'), neighbours, y);

  // Start the topmost node at y = 0.
  const top = Math.min(0, ...y.values());
  const out: Record<Id, Position> = {};
  for (const e of entities) out[e.id] = { x: COLUMN_X[e.kind], y: (y.get(e.id) ?? 0) - top };
  return out;
}

/** Places one column: sorted by barycentre, at least ROW_GAP apart, centred on the targets. */
function place(column: readonly Entity[], neighbours: ReadonlyMap<Id, readonly Id[]>, y: Map<Id, number>): void {
  if (!column.length) return;
  const target = (e: Entity): number => {
    const placed = (neighbours.get(e.id) ?? []).map((n) => y.get(n)).filter((v): v is number => v !== undefined);
    return placed.length ? placed.reduce((a, b) => a + b, 0) / placed.length : 0;
  };
  const items = column.map((e, i) => ({ id: e.id, t: target(e), i })).sort((a, b) => a.t - b.t || a.i - b.i);
  const ys: number[] = [];
  items.forEach((item, k) => ys.push(k === 0 ? item.t : Math.max(item.t, ys[k - 1]! + ROW_GAP)));
  // Shift the whole column so that on average nodes sit at their targets.
  const shift = items.reduce((sum, item, k) => sum + (item.t - ys[k]!), 0) / items.length;
  items.forEach((item, k) => y.set(item.id, Math.round((ys[k]! + shift) / 10) * 10));
}

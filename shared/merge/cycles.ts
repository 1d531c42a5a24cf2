import type { Id, Link } from '../model';

/** A `requires` link to drop, and the accepted links it would have closed a circle with. */
export interface CycleDrop {
  id: Id;
  partners: Id[];
}

/**
 * Breaks `requires` cycles first come, first served: links are taken in `order` (creation
 * stamp, then id) and one that would close a circle with the links already taken is
 * dropped. Each copy on its own is acyclic, so only links that meet for the first time in
 * this merge can be dropped, and of those the later one is. The same links in any order
 * of arrival give the same result.
 */
export function breakRequiresCycles(links: Readonly<Record<Id, Link>>, order: (x: Link, y: Link) => number): CycleDrop[] {
  const requires = Object.values(links)
    .filter((l) => l.kind === 'requires')
    .sort(order);
  const accepted = new Map<Id, Link[]>();
  const drops: CycleDrop[] = [];
  for (const l of requires) {
    const path = findPath(accepted, l.to, l.from);
    if (path) {
      drops.push({ id: l.id, partners: path.map((p) => p.id) });
      continue;
    }
    const list = accepted.get(l.from);
    if (list) list.push(l);
    else accepted.set(l.from, [l]);
  }
  return drops;
}

/** The links of a shortest path from `start` to `goal` over `next`, or undefined. */
function findPath(next: ReadonlyMap<Id, readonly Link[]>, start: Id, goal: Id): Link[] | undefined {
  if (start === goal) return [];
  const via = new Map<Id, Link>();
  const queue: Id[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const l of next.get(node) ?? []) {
      if (l.to === start || via.has(l.to)) continue;
      via.set(l.to, l);
      if (l.to === goal) {
        const path: Link[] = [];
        for (let at: Id = goal; at !== start; ) {
          const step = via.get(at)!;
          path.unshift(step);
          at = step.from;
        }
        return path;
      }
      queue.push(l.to);
    }
  }
  return undefined;
}

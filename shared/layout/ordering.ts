import type { Id } from '../model';
import { countCrossings } from './crossings';
import { byLabel, type LayoutGraph } from './graph';
import type { Section } from './sections';

/** Layers inside a section, left to right: skills, outcomes, assessments + activities, credentials. */
export type Layers = [Id[], Id[], Id[], Id[]];

const LAYER_OF = { skill: 0, outcome: 1, assessment: 2, activity: 2, credential: 3 } as const;
const SWEEPS = 4;

/**
 * Orders each layer of a section to reduce edge crossings: outcomes start in the
 * credential's numbered order, then a few barycentric sweeps (each layer sorted by the mean
 * position of its neighbours) keep the best ordering found. Near-linear in the section size.
 */
export function orderSection(section: Section, g: LayoutGraph): Layers {
  const layers: Layers = [[], [], [], []];
  for (const e of [...section.members].sort(byLabel)) {
    if (e.kind === 'program') continue;
    layers[LAYER_OF[e.kind]].push(e.id);
  }
  const own = section.credential;
  const listOrder = (o: Id) => g.partOf.get(o)?.find((p) => p.credential === own)?.order ?? Infinity;
  layers[1] = stableSort(layers[1], (o) => listOrder(o));

  const layerOf = new Map<Id, number>();
  layers.forEach((ids, i) => ids.forEach((id) => layerOf.set(id, i)));
  const pos = new Map<Id, number>();
  const index = (l: Id[]) => l.forEach((id, i) => pos.set(id, (i + 0.5) / l.length));
  layers.forEach(index);

  const reorder = (i: number, from: readonly number[]) => {
    const refs = new Set(from);
    layers[i] = stableSort(layers[i]!, (id) => {
      let sum = 0;
      let n = 0;
      for (const nb of g.neighbours.get(id) ?? []) {
        const l = layerOf.get(nb);
        if (l !== undefined && refs.has(l)) {
          sum += pos.get(nb)!;
          n++;
        }
      }
      return n ? sum / n : pos.get(id)!;
    });
    index(layers[i]!);
  };

  reorder(0, [1]);
  reorder(2, [1]);
  let best = layers.map((l) => [...l]) as Layers;
  let bestCrossings = crossingsOf(layers, layerOf, g);
  for (let s = 0; s < SWEEPS && bestCrossings > 0; s++) {
    reorder(1, [0, 2, 3]);
    reorder(0, [1]);
    reorder(2, [1]);
    reorder(3, [1, 2]);
    const c = crossingsOf(layers, layerOf, g);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = layers.map((l) => [...l]) as Layers;
    }
  }
  return best;
}

/** Sorts by key, keeping the current order among equal keys. */
function stableSort(ids: readonly Id[], key: (id: Id) => number): Id[] {
  const keyed = ids.map((id, i) => ({ id, i, k: key(id) }));
  keyed.sort((a, b) => a.k - b.k || a.i - b.i);
  return keyed.map((x) => x.id);
}

/** Crossings between adjacent pairs of layers: skills–outcomes, outcomes–assessments/activities, outcomes–credentials. */
export function crossingsOf(layers: Layers, layerOf: ReadonlyMap<Id, number>, g: LayoutGraph): number {
  const rank = new Map<Id, number>();
  for (const l of layers) l.forEach((id, i) => rank.set(id, i));
  let total = 0;
  for (const other of [0, 2, 3]) {
    const edges: [number, number][] = [];
    for (const o of layers[1]) {
      for (const nb of g.neighbours.get(o) ?? []) {
        if (layerOf.get(nb) === other) edges.push(other === 0 ? [rank.get(nb)!, rank.get(o)!] : [rank.get(o)!, rank.get(nb)!]);
      }
    }
    total += countCrossings(edges);
  }
  return total;
}

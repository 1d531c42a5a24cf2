import type { Id } from '../model';
import { byLabel, type LayoutGraph } from './graph';
import type { Section } from './sections';

/** Layers inside a section, left to right: skills, outcomes, assessments + activities, credentials. */
export type Layers = [Id[], Id[], Id[], Id[]];

const LAYER_OF = { skill: 0, outcome: 1, assessment: 2, activity: 2, credential: 3 } as const;

/**
 * Orders each layer of a section. Outcomes keep their reading order — the credential's
 * numbered list, then their codes (LO2 before LO10) — because designers read them as a
 * list; the other layers are sorted around them to reduce edge crossings (each by the
 * mean position of its neighbours, barycentric ordering). Near-linear in the section size.
 */
export function orderSection(section: Section, g: LayoutGraph): Layers {
  const layers: Layers = [[], [], [], []];
  for (const e of [...section.members].sort(byLabel)) {
    if (e.kind === 'program') continue;
    layers[LAYER_OF[e.kind]].push(e.id);
  }
  const own = section.credential;
  const listOrder = (o: Id) => g.partOf.get(o)?.find((p) => p.credential === own)?.order ?? Infinity;
  layers[1] = [...layers[1]].sort((a, b) => listOrder(a) - listOrder(b) || compareCodes(codeOf(g, a), codeOf(g, b)));

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

  // Outcomes never move, so one pass settles the rest: skills and assessments / activities
  // by the outcomes they link to, credentials by their outcomes and assessments.
  reorder(0, [1]);
  reorder(2, [1]);
  reorder(3, [1, 2]);
  return layers;
}

function codeOf(g: LayoutGraph, id: Id): string | undefined {
  const e = g.byId.get(id);
  return e?.kind === 'outcome' ? e.code?.trim() || undefined : undefined;
}

/** Codes in natural order ("LO2" before "LO10"); entities without a code after those with one. */
export function compareCodes(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const key = (code: string) => code.replace(/\d+/g, (digits) => digits.padStart(12, '0'));
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Sorts by key, keeping the current order among equal keys. */
function stableSort(ids: readonly Id[], key: (id: Id) => number): Id[] {
  const keyed = ids.map((id, i) => ({ id, i, k: key(id) }));
  keyed.sort((a, b) => a.k - b.k || a.i - b.i);
  return keyed.map((x) => x.id);
}

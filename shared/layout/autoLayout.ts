import type { Id, Position } from '../model';
import { COLUMN_OF, DEFAULT_SPACING, NODE_HEIGHT, bandWidth, columnStep, rowStep, type LayoutSpacing } from './geometry';
import { buildGraph, byLabel, type LayoutGraph, type LayoutInput } from './graph';
import { orderSection, type Layers } from './ordering';
import { fillWishes, packColumn } from './pack';
import { buildSections, orderCredentials } from './sections';

/** A laid-out section: node positions relative to the section's top-left corner. */
interface PlacedSection {
  positions: Map<Id, { column: number; y: number }>;
  height: number;
}

/**
 * A tidy, deterministic layout of the whole map. Columns run Skills → Outcomes →
 * Assessments / Activities → Credentials → Programs. Each credential gets a section holding
 * its outcomes and what they link to, ordered by barycentric sweeps to keep edges from
 * crossing; sections stack downwards, and a large map wraps them into side-by-side bands so
 * that it keeps a screen's shape. Pure: same document in, same positions out.
 */
export function autoLayout(doc: LayoutInput, spacing: LayoutSpacing = DEFAULT_SPACING): Record<Id, Position> {
  const g = buildGraph(doc);
  const credentials = orderCredentials(g);
  const placed = buildSections(g, credentials).flatMap((s) => {
    const layers = orderSection(s, g);
    return (s.credential ? [layers] : chunk(layers)).map((l) => placeSection(l, g, spacing));
  });
  const bands = splitIntoBands(placed, spacing);

  const out: Record<Id, Position> = {};
  const step = columnStep(spacing);
  const bandStep = bandWidth(spacing) + spacing.bandGap;
  const bandOf = new Map<Id, number>();
  bands.forEach((band, b) => {
    let top = 0;
    for (const s of band) {
      for (const [id, p] of s.positions) {
        out[id] = { x: b * bandStep + p.column * step, y: Math.round(top + p.y) };
        bandOf.set(id, b);
      }
      top += s.height + spacing.sectionGap;
    }
  });
  placePrograms(g, out, bandOf, bands.length, spacing);
  return out;
}

/** Rows per column in one block of entities that reach no credential, so they wrap rather than tower. */
const LOOSE_ROWS = 10;

function chunk(layers: Layers): Layers[] {
  const rows = Math.max(...layers.map((l) => l.length));
  const out: Layers[] = [];
  for (let k = 0; k < rows; k += LOOSE_ROWS) out.push(layers.map((l) => l.slice(k, k + LOOSE_ROWS)) as Layers);
  return out;
}

function placeSection(layers: Layers, g: LayoutGraph, spacing: LayoutSpacing): PlacedSection {
  const step = rowStep(spacing);
  const y = new Map<Id, number>();
  // Outcomes are the list the designer reads, so they sit together without gaps; the other
  // columns gather around them. A block without outcomes starts from its longest column.
  const reference = layers[1].length ? 1 : layers.reduce((best, l, i) => (l.length > layers[best]!.length ? i : best), 0);
  const order = [0, 1, 2, 3].sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference) || layers[b]!.length - layers[a]!.length || a - b);
  for (const i of order) {
    const ids = layers[i]!;
    if (i === reference) {
      ids.forEach((id, k) => y.set(id, k * step));
      continue;
    }
    const wishes = ids.map((id) => {
      let sum = 0;
      let n = 0;
      for (const nb of g.neighbours.get(id) ?? []) {
        const ny = y.get(nb);
        if (ny !== undefined) {
          sum += ny;
          n++;
        }
      }
      return n ? sum / n : NaN;
    });
    packColumn(fillWishes(wishes, step), step).forEach((v, k) => y.set(ids[k]!, v));
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of y.values()) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const positions = new Map<Id, { column: number; y: number }>();
  for (const [id, v] of y) positions.set(id, { column: COLUMN_OF[g.byId.get(id)!.kind], y: Math.round(v - min) });
  return { positions, height: y.size ? max - min + NODE_HEIGHT : 0 };
}

/** Wraps sections into bands so that the map's width / height approaches `spacing.aspect`. */
function splitIntoBands(sections: readonly PlacedSection[], spacing: LayoutSpacing): PlacedSection[][] {
  const total = sections.reduce((t, s) => t + s.height + spacing.sectionGap, 0);
  const count = Math.max(1, Math.round(Math.sqrt((spacing.aspect * total) / (bandWidth(spacing) + spacing.bandGap))));
  const target = total / count;
  const bands: PlacedSection[][] = [[]];
  let height = 0;
  for (const s of sections) {
    const h = s.height + spacing.sectionGap;
    if (height > 0 && height + h / 2 > target) {
      bands.push([]);
      height = 0;
    }
    bands[bands.length - 1]!.push(s);
    height += h;
  }
  return bands;
}

/**
 * Programs go in the last column of the band holding most of their credentials, level with
 * those credentials; programs without credentials go after the others in the last band.
 */
function placePrograms(g: LayoutGraph, out: Record<Id, Position>, bandOf: ReadonlyMap<Id, number>, bands: number, spacing: LayoutSpacing): void {
  const perBand: { id: Id; wish: number }[][] = Array.from({ length: bands }, () => []);
  for (const p of g.entities.filter((e) => e.kind === 'program').sort(byLabel)) {
    const credentials = (g.neighbours.get(p.id) ?? []).filter((n) => g.byId.get(n)?.kind === 'credential' && out[n]);
    const votes = new Map<number, number>();
    for (const c of credentials) votes.set(bandOf.get(c)!, (votes.get(bandOf.get(c)!) ?? 0) + 1);
    let band = bands - 1;
    let most = 0;
    for (const [b, v] of votes) if (v > most || (v === most && b < band)) [band, most] = [b, v];
    const ys = credentials.filter((c) => bandOf.get(c) === band).map((c) => out[c]!.y);
    perBand[band]!.push({ id: p.id, wish: ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : NaN });
  }
  const step = rowStep(spacing);
  const x0 = COLUMN_OF.program * columnStep(spacing);
  perBand.forEach((list, b) => {
    const ordered = list.map((p, i) => ({ ...p, i })).sort((a, c) => (Number.isNaN(a.wish) ? 1 : 0) - (Number.isNaN(c.wish) ? 1 : 0) || a.wish - c.wish || a.i - c.i);
    const ys = packColumn(fillWishes(ordered.map((p) => p.wish), step), step);
    const shift = Math.min(0, ...ys);
    ordered.forEach((p, k) => {
      out[p.id] = { x: b * (bandWidth(spacing) + spacing.bandGap) + x0, y: Math.round(ys[k]! - shift) };
    });
  });
}

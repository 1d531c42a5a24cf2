import { describe, expect, it } from 'vitest';
import { COLUMN_OF, NODE_HEIGHT, NODE_WIDTH, autoLayout, bandWidth, columnStep, countCrossings, DEFAULT_SPACING } from '../../../shared/layout';
import type { Id, McredDocument, Position } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { generateMap, makeRng } from '../../../shared/sample/generate';
import { makeCredential, makeLink, makeMap, makeOutcome, makeProgram, makeSkill } from '../../helpers/builders';

const BAND_STEP = bandWidth() + DEFAULT_SPACING.bandGap;

function overlaps(positions: Record<Id, Position>): [Id, Id][] {
  const all = Object.entries(positions).sort((a, b) => a[1].x - b[1].x || a[1].y - b[1].y);
  const found: [Id, Id][] = [];
  for (let i = 0; i < all.length; i++) {
    const [a, pa] = all[i]!;
    for (let j = i + 1; j < all.length && all[j]![1].x < pa.x + NODE_WIDTH; j++) {
      const [b, pb] = all[j]!;
      if (Math.abs(pa.y - pb.y) < NODE_HEIGHT) found.push([a, b]);
    }
  }
  return found;
}

/** Crossings of skill → outcome edges inside each band, reading nodes top to bottom. */
function addressCrossings(doc: McredDocument, positions: Record<Id, Position>): number {
  const rank = new Map<Id, number>();
  const byColumn = new Map<number, Id[]>();
  for (const [id, p] of Object.entries(positions)) byColumn.set(p.x, [...(byColumn.get(p.x) ?? []), id]);
  for (const ids of byColumn.values()) ids.sort((a, b) => positions[a]!.y - positions[b]!.y).forEach((id, i) => rank.set(id, i));
  const perBand = new Map<number, [number, number][]>();
  for (const l of Object.values(doc.links)) {
    if (l.kind !== 'addresses') continue;
    const band = Math.floor(positions[l.from]!.x / BAND_STEP);
    if (band !== Math.floor(positions[l.to]!.x / BAND_STEP)) continue;
    perBand.set(band, [...(perBand.get(band) ?? []), [rank.get(l.from)!, rank.get(l.to)!]]);
  }
  let total = 0;
  for (const edges of perBand.values()) total += countCrossings(edges);
  return total;
}

/** The same slots, with each column's nodes shuffled among them. */
function shuffledInColumns(positions: Record<Id, Position>, seed: number): Record<Id, Position> {
  const rng = makeRng(seed);
  const byColumn = new Map<number, Id[]>();
  for (const [id, p] of Object.entries(positions)) byColumn.set(p.x, [...(byColumn.get(p.x) ?? []), id]);
  const out: Record<Id, Position> = {};
  for (const ids of byColumn.values()) {
    const slots = ids.map((id) => positions[id]!);
    const order = [...ids];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    order.forEach((id, i) => (out[id] = slots[i]!));
  }
  return out;
}

describe('autoLayout', () => {
  const generated = generateMap({ seed: 7, entities: 2_000 });

  it('places every entity, and nothing else', () => {
    const positions = autoLayout(generated);
    expect(Object.keys(positions).sort()).toEqual(Object.keys(generated.entities).sort());
  });

  it('is deterministic: the same content in any key order gives the same positions', () => {
    const first = autoLayout(generated);
    const reversed = {
      entities: Object.fromEntries(Object.entries(generated.entities).reverse()),
      links: Object.fromEntries(Object.entries(generated.links).reverse()),
    };
    expect(autoLayout(reversed)).toEqual(first);
    expect(autoLayout(generated)).toEqual(first);
  });

  it('never overlaps two nodes', () => {
    expect(overlaps(autoLayout(generated))).toEqual([]);
    expect(overlaps(autoLayout(createSampleDocument()))).toEqual([]);
  });

  it('puts each kind in its column: skills, outcomes, assessments and activities, credentials, programs', () => {
    const positions = autoLayout(generated);
    for (const e of Object.values(generated.entities)) {
      const x = positions[e.id]!.x % BAND_STEP;
      expect({ kind: e.kind, column: x / columnStep() }).toEqual({ kind: e.kind, column: COLUMN_OF[e.kind] });
    }
  });

  it('crosses far fewer skill → outcome edges than the same columns in a random order', () => {
    const positions = autoLayout(generated);
    const ours = addressCrossings(generated, positions);
    const random = Math.min(...[1, 2, 3].map((seed) => addressCrossings(generated, shuffledInColumns(positions, seed))));
    expect(ours).toBeLessThan(random * 0.5);
  });

  it('keeps a large map roughly the shape of a screen instead of one tall column', () => {
    const positions = Object.values(autoLayout(generated));
    const width = Math.max(...positions.map((p) => p.x)) + NODE_WIDTH;
    const height = Math.max(...positions.map((p) => p.y)) + NODE_HEIGHT;
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(3.5);
  });

  it('lists a credential’s outcomes in their numbered order and puts prerequisites first', () => {
    const cred = makeCredential({ title: 'B credential' });
    const pre = makeCredential({ title: 'Z prerequisite' });
    const program = makeProgram();
    const outcomes = [3, 1, 2].map((n) => makeOutcome({ statement: `Apply step ${n}` }));
    const skill = makeSkill();
    const doc = makeMap({
      entities: [cred, pre, program, skill, ...outcomes],
      links: [
        ...outcomes.map((o, i) => makeLink('part-of', o, cred, { order: [3, 1, 2][i] })),
        makeLink('addresses', skill, outcomes[0]!, { level: 'introduced' }),
        makeLink('requires', cred, pre),
        makeLink('stacks-into', cred, program),
        makeLink('stacks-into', pre, program),
      ],
    });
    const p = autoLayout(doc);
    expect(p[pre.id]!.y).toBeLessThan(p[cred.id]!.y);
    const ys = outcomes.map((o) => p[o.id]!.y);
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[0]!);
    expect(p[program.id]!.x).toBe(COLUMN_OF.program * columnStep());
  });

  it('keeps outcomes in the order of their codes, one under the other, whatever their statements and links', () => {
    // Statements sort differently from the codes, and the skills pull the outcomes apart.
    const statements = ['Present', 'Compose', 'Analyse', 'Build', 'Evaluate', 'Design'];
    const outcomes = statements.map((s, i) => makeOutcome({ code: `LO${i + 1}`, statement: `${s} a report` }));
    const skills = Array.from({ length: 9 }, (_, i) => makeSkill({ statement: `Skill ${i}` }));
    const cred = makeCredential();
    const doc = makeMap({
      entities: [cred, ...outcomes, ...skills],
      links: [
        ...outcomes.map((o) => makeLink('part-of', o, cred)),
        ...skills.map((k, i) => makeLink('addresses', k, outcomes[(i * 4) % 6]!, { level: 'introduced' })),
        makeLink('addresses', skills[0]!, outcomes[5]!, { level: 'introduced' }),
      ],
    });
    const p = autoLayout(doc);
    const ys = outcomes.map((o) => p[o.id]!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(ys.slice(1).map((y, i) => y - ys[i]!)).toEqual(Array(5).fill(NODE_HEIGHT + DEFAULT_SPACING.rowGap));
  });

  it('lays out an empty map and a map of unlinked entities', () => {
    expect(autoLayout(makeMap())).toEqual({});
    const skills = Array.from({ length: 25 }, (_, i) => makeSkill({ statement: `Skill ${String(i).padStart(2, '0')}` }));
    const p = autoLayout(makeMap({ entities: skills }));
    expect(Object.keys(p)).toHaveLength(25);
    expect(overlaps(p)).toEqual([]);
  });

  it('lays out 10,000 entities in near-linear time', () => {
    const big = generateMap({ seed: 3, entities: 10_000 });
    const t0 = performance.now();
    const positions = autoLayout(big);
    const ms = performance.now() - t0;
    expect(Object.keys(positions)).toHaveLength(10_000);
    // A generous bound for a shared CI machine; `npm run bench` is where speed is measured.
    expect(ms).toBeLessThan(8_000);
  });
});

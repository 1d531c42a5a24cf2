import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Link, McredDocument } from '../../../shared/model';
import { compareSuggestions, SuggestIndex, suggestLinks } from '../../../shared/suggest';
import { makeMap } from '../../helpers/builders';

const WORDS = ['patient', 'medication', 'dose', 'dosage', 'wound', 'sterile', 'data', 'query', 'chart', 'weld', 'joint', 'steel', 'log', 'alert', 'analyse', 'analysis', 'network', 'the', 'of', 'safely'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

interface Spec {
  skills: { statement: string; description?: string; altLabels?: string[] }[];
  outcomes: { statement: string; criteria?: string; dismiss: number[] }[];
  links: [number, number][];
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  skills: fc.array(fc.record({ statement: text, description: fc.option(text, { nil: undefined }), altLabels: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }) }, { requiredKeys: ['statement'] }), { minLength: 1, maxLength: 8 }),
  outcomes: fc.array(fc.record({ statement: text, criteria: fc.option(text, { nil: undefined }), dismiss: fc.array(fc.nat(7), { maxLength: 3 }) }, { requiredKeys: ['statement', 'dismiss'] }), { minLength: 1, maxLength: 6 }),
  links: fc.array(fc.tuple(fc.nat(7), fc.nat(5)), { maxLength: 6 }),
});

const base = makeMap();

/** The map the spec describes, its records inserted in the order `order` gives. */
function build(spec: Spec, order: (n: number) => number[] = (n) => [...Array(n).keys()]): McredDocument {
  const skillIds = spec.skills.map((_, i) => `sk_${i}`);
  const records: Entity[] = [
    ...spec.skills.map((s, i): Entity => ({ id: skillIds[i]!, kind: 'skill', skillType: 'skill', importance: 'essential', ...s })),
    ...spec.outcomes.map(
      (o, i): Entity => ({
        id: `lo_${i}`,
        kind: 'outcome',
        statement: o.statement,
        ...(o.criteria ? { criteria: o.criteria } : {}),
        ...(o.dismiss.length ? { dismissedSkills: o.dismiss.filter((d) => d < skillIds.length).map((d) => skillIds[d]!) } : {}),
      }),
    ),
  ];
  const links: Link[] = spec.links
    .filter(([s, o]) => s < spec.skills.length && o < spec.outcomes.length)
    .map(([s, o], i) => ({ id: `ln_${i}`, kind: 'addresses', from: `sk_${s}`, to: `lo_${o}`, level: 'introduced' }));
  const entities: McredDocument['entities'] = {};
  for (const i of order(records.length)) entities[records[i]!.id] = records[i]!;
  const linkMap: McredDocument['links'] = {};
  for (const i of order(links.length)) linkMap[links[i]!.id] = links[i]!;
  return { ...base, entities, links: linkMap };
}

const shuffled = (seed: number) => (n: number) => {
  const a = [...Array(n).keys()];
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};

describe('suggestLinks properties', () => {
  it('is deterministic and does not depend on the order records were added in', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), (spec, seed) => {
        const first = suggestLinks(build(spec), { limit: 5 });
        expect(suggestLinks(build(spec), { limit: 5 })).toEqual(first);
        expect(suggestLinks(build(spec, shuffled(seed)), { limit: 5 })).toEqual(first);
      }),
    );
  });

  it('never suggests an existing or dismissed pair; scores lie in (0, 1], sorted, at most `limit` per outcome', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: 1, max: 4 }), (spec, limit) => {
        const doc = build(spec);
        const all = suggestLinks(doc, { limit });
        const existing = new Set(Object.values(doc.links).map((l) => `${l.from}>${l.to}`));
        const perOutcome = new Map<string, number>();
        for (const s of all) {
          expect(existing.has(`${s.skill}>${s.outcome}`)).toBe(false);
          const o = doc.entities[s.outcome];
          expect(o?.kind === 'outcome' && (o.dismissedSkills ?? []).includes(s.skill)).toBe(false);
          expect(s.score).toBeGreaterThan(0);
          expect(s.score).toBeLessThanOrEqual(1);
          expect(s.why).toMatch(/^matched: '/);
          perOutcome.set(s.outcome, (perOutcome.get(s.outcome) ?? 0) + 1);
        }
        expect([...all].sort(compareSuggestions)).toEqual(all);
        for (const n of perOutcome.values()) expect(n).toBeLessThanOrEqual(limit);
        for (const s of Object.keys(doc.entities).filter((id) => id.startsWith('sk_'))) {
          for (const x of suggestLinks(doc, { skill: s, limit })) expect(existing.has(`${x.skill}>${x.outcome}`)).toBe(false);
        }
      }),
    );
  });

  it('an index updated with the changed ids answers exactly as one built afresh', () => {
    fc.assert(
      fc.property(specArb, specArb, (a, b) => {
        const before = build(a);
        const after = build(b);
        const changed = new Set([...Object.keys(before.entities), ...Object.keys(after.entities), ...Object.keys(before.links), ...Object.keys(after.links)]);
        const index = new SuggestIndex(before);
        index.all();
        expect(index.update(after, changed).all(5)).toEqual(new SuggestIndex(after).all(5));
      }),
    );
  });
});

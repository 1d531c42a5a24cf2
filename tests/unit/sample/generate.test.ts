import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRequiresCycle, parseDocument, serialiseDocument } from '../../../shared/format';
import { ENTITY_KINDS, LINK_KINDS, LINK_RULES, SETTINGS_RECORD, type EntityKind, type McredDocument } from '../../../shared/model';
import { INSTITUTION_COUNTS, INSTITUTION_LINKS, generateMap, resolveCounts, scaleCounts } from '../../../shared/sample/generate';

const countKinds = (doc: McredDocument) => {
  const out = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  for (const e of Object.values(doc.entities)) out[e.kind]++;
  return out;
};

/** Every structural promise of the generator, checked directly (parseDocument checks the rest). */
function expectWellFormed(doc: McredDocument): void {
  const wrong: string[] = [];
  const keys = new Set<string>();
  for (const l of Object.values(doc.links)) {
    const rule = LINK_RULES[l.kind];
    if (doc.entities[l.from]?.kind !== rule.from || doc.entities[l.to]?.kind !== rule.to) wrong.push(`${l.id}: wrong endpoints`);
    const key = `${l.kind} ${l.from} ${l.to}`;
    if (keys.has(key)) wrong.push(`${l.id}: duplicate ${key}`);
    keys.add(key);
  }
  for (const id of Object.keys(doc.entities)) if (!doc.layout[id]) wrong.push(`${id}: no position`);
  if (Object.keys(doc.layout).length !== Object.keys(doc.entities).length) wrong.push('layout has extra positions');
  const records: [string, object][] = [
    ...Object.entries(doc.entities),
    ...Object.entries(doc.links),
    ...Object.entries(doc.people),
    ...Object.entries(doc.comments),
    ...Object.entries(doc.endorsements),
    ...Object.entries(doc.revisions),
    [SETTINGS_RECORD, doc.settings],
  ];
  for (const [id, r] of records) {
    const fields = Object.keys(r).filter((k) => k !== 'id');
    if (id in doc.entities) fields.push('layout');
    const stamped = Object.keys(doc.meta.stamps[id] ?? {});
    if (stamped.length !== fields.length || fields.some((f) => !stamped.includes(f))) wrong.push(`${id}: stamps ${stamped.sort().join()} for fields ${fields.sort().join()}`);
  }
  if (Object.keys(doc.meta.stamps).length !== records.length) wrong.push('stamps for records that do not exist');
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(findRequiresCycle(doc)).toEqual([]);
  const loaded = parseDocument(serialiseDocument(doc));
  expect(loaded.ok ? [] : loaded.problems.slice(0, 10)).toEqual([]);
}

describe('generateMap', () => {
  const defaultMap = generateMap({ seed: 1 });
  const defaultText = serialiseDocument(defaultMap);

  it('gives identical bytes for the same seed and different bytes for another', () => {
    expect(serialiseDocument(generateMap({ seed: 1 })) === defaultText).toBe(true);
    const small = { seed: 2 ** 40 + 7, entities: 300 };
    expect(serialiseDocument(generateMap(small))).toBe(serialiseDocument(generateMap(small)));
    expect(serialiseDocument(generateMap({ ...small, seed: 2 ** 40 + 8 }))).not.toBe(serialiseDocument(generateMap(small)));
  });

  it('makes an institution-scale map that loads back with no problems, byte for byte', () => {
    const loaded = parseDocument(defaultText);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (loaded.ok) expect(serialiseDocument(loaded.doc)).toBe(defaultText);
    expect(countKinds(defaultMap)).toEqual(INSTITUTION_COUNTS);
    expect(Object.keys(defaultMap.links)).toHaveLength(INSTITUTION_LINKS);
    expect(new Set(Object.values(defaultMap.links).map((l) => l.kind))).toEqual(new Set(LINK_KINDS));
    expect(Object.keys(defaultMap.people).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(defaultMap.comments).length).toBeGreaterThan(50);
    expect(Object.keys(defaultMap.endorsements).length).toBeGreaterThan(50);
    expectWellFormed(defaultMap);
  });

  it('never draws a requires cycle', () => {
    const requires = Object.values(defaultMap.links).filter((l) => l.kind === 'requires');
    expect(requires.length).toBeGreaterThan(100);
    expect(findRequiresCycle(defaultMap)).toEqual([]);
  });

  it('fills in the EU fields of every credential and writes outcomes that start with a verb', () => {
    for (const e of Object.values(defaultMap.entities)) {
      if (e.kind === 'credential') {
        for (const f of ['learnerIdentification', 'issuerCountry', 'awardingBody', 'dateOfIssue', 'workloadHours', 'credits', 'eqfLevel', 'assessmentType', 'participation', 'qualityAssurance'] as const) {
          expect(e[f], `${e.id}.${f}`).toBeDefined();
        }
      }
      if (e.kind === 'outcome') expect(e.statement).toMatch(/^[A-Z][a-z]+ /);
    }
  });

  it('scales to a number of entities in institution proportions', () => {
    const counts = scaleCounts(10_000);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(counts.outcome / counts.skill).toBeCloseTo(1.5, 2);
    const doc = generateMap({ seed: 5, entities: 10_000 });
    expect(countKinds(doc)).toEqual(counts);
    expect(Object.keys(doc.links)).toHaveLength(resolveCounts({ seed: 5, entities: 10_000 }).links);
    expectWellFormed(doc);
  });

  it('makes exactly the counts asked for', () => {
    const options = { seed: 9, skills: 30, outcomes: 40, assessments: 12, activities: 9, credentials: 6, programs: 2, links: 160, people: 4, comments: 11, endorsements: 5, saves: 2, revisions: 1 };
    const doc = generateMap(options);
    expect(countKinds(doc)).toEqual({ skill: 30, outcome: 40, assessment: 12, activity: 9, credential: 6, program: 2 });
    expect(Object.keys(doc.links)).toHaveLength(160);
    expect(Object.keys(doc.people)).toHaveLength(4);
    expect(Object.keys(doc.comments)).toHaveLength(11);
    expect(Object.keys(doc.endorsements)).toHaveLength(5);
    expect(Object.keys(doc.saves)).toHaveLength(2);
    expect(Object.keys(doc.revisions)).toHaveLength(1);
    expectWellFormed(doc);
  });

  it('fills a map to capacity when asked for every possible link', () => {
    const counts = { skills: 3, outcomes: 4, assessments: 2, activities: 2, credentials: 4, programs: 2 };
    const capacity = 3 * 4 + 4 * 2 + 2 * 4 + 4 * 4 + 4 * 2 + (4 * 3) / 2;
    const doc = generateMap({ seed: 3, ...counts, links: capacity });
    expect(Object.keys(doc.links)).toHaveLength(capacity);
    expectWellFormed(doc);
    expect(() => generateMap({ seed: 3, ...counts, links: capacity + 1 })).toThrow(RangeError);
  });

  it('refuses impossible options', () => {
    expect(() => generateMap({ seed: 1, skills: -1 })).toThrow(RangeError);
    expect(() => generateMap({ seed: 1, entities: 1.5 })).toThrow(RangeError);
    expect(() => generateMap({ seed: Number.NaN })).toThrow(RangeError);
    expect(() => generateMap({ seed: 1, entities: 10, people: 0, comments: 1 })).toThrow(RangeError);
  });

  it('makes valid maps of any small shape (property)', () => {
    const n = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(fc.integer(), n, n, n, n, n, n, fc.integer({ min: 0, max: 6 }), (seed, skills, outcomes, assessments, activities, credentials, programs, people) => {
        const doc = generateMap({ seed, skills, outcomes, assessments, activities, credentials, programs, people });
        expect(countKinds(doc)).toEqual({ skill: skills, outcome: outcomes, assessment: assessments, activity: activities, credential: credentials, program: programs });
        expectWellFormed(doc);
      }),
      { numRuns: 60 },
    );
  });
});

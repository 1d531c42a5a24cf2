import { describe, expect, it } from 'vitest';
import { checkReferences, parseDocument, serialiseDocument } from '../../../shared/format';
import { CREDIT_UNITS, parseStamp, type Credential, type Entity, type EntityOfKind, type Link, type LinkOfKind, type McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';

const doc = createSampleDocument();

const entities = (d: McredDocument = doc): Entity[] => Object.values(d.entities);
const ofKind = <K extends Entity['kind']>(kind: K, d: McredDocument = doc): EntityOfKind<K>[] =>
  entities(d).filter((e): e is EntityOfKind<K> => e.kind === kind);
const linksOf = <K extends Link['kind']>(kind: K, d: McredDocument = doc): LinkOfKind<K>[] =>
  Object.values(d.links).filter((l): l is LinkOfKind<K> => l.kind === kind);

/** The outcomes, assessments and activities that belong to a credential through its outcomes. */
function partsOf(credentialId: string) {
  const outcomes = linksOf('part-of').filter((l) => l.to === credentialId);
  const outcomeIds = new Set(outcomes.map((l) => l.from));
  const assessmentIds = new Set(linksOf('assessed-by').filter((l) => outcomeIds.has(l.from)).map((l) => l.to));
  const activityIds = new Set(linksOf('develops').filter((l) => outcomeIds.has(l.to)).map((l) => l.from));
  return {
    partOf: outcomes,
    assessments: ofKind('assessment').filter((a) => assessmentIds.has(a.id)),
    activities: ofKind('activity').filter((a) => activityIds.has(a.id)),
  };
}

const credential = (id: string): Credential => {
  const e = doc.entities[id];
  if (e?.kind !== 'credential') throw new Error(`${id} is not a credential`);
  return e;
};

/** EU Council Recommendation 2022/C 243/02, Annex I, as credential fields. */
const EU_MANDATORY = [
  'learnerIdentification',
  'title',
  'issuerCountry',
  'awardingBody',
  'dateOfIssue',
  'workloadHours',
  'credits',
  'eqfLevel',
  'assessmentType',
  'participation',
  'qualityAssurance',
] as const satisfies readonly (keyof Credential)[];
const EU_OPTIONAL = ['prerequisites', 'supervisionAndIdentity', 'gradeAchieved', 'stackability', 'furtherInformation'] as const satisfies readonly (keyof Credential)[];

/** First-word verbs of PRODUCT.md's Bloom lists at the apply level and above. */
const HIGHER_ORDER_VERBS = new Set(
  'apply calculate implement solve use configure analyse differentiate compare infer prioritise appraise assess critique judge justify design construct formulate compose propose develop'.split(' '),
);

describe('the built-in example map', () => {
  it('is deterministic: two calls serialise to identical bytes', () => {
    expect(serialiseDocument(createSampleDocument())).toBe(serialiseDocument(createSampleDocument()));
  });

  it('returns a fresh, mutable copy on each call', () => {
    const a = createSampleDocument();
    a.settings.title = 'Changed';
    expect(createSampleDocument().settings.title).toBe('Cybersecurity Workforce Micro-Credentials');
  });

  it('parses back from its own file and round-trips to the same bytes', () => {
    const bytes = serialiseDocument(doc);
    const loaded = parseDocument(bytes);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.migratedFrom).toBeUndefined();
    expect(serialiseDocument(loaded.doc)).toBe(bytes);
    expect(parseDocument(new TextEncoder().encode(bytes)).ok).toBe(true);
  });

  it('has no reference problems', () => {
    expect(checkReferences(doc)).toEqual([]);
  });

  it('uses US credit hours and the EU 2022 and US profiles', () => {
    expect(doc.settings.creditUnit).toBe('us-credit-hour');
    expect(doc.settings.profiles).toEqual(['eu-2022', 'us-credit-hours']);
    expect(doc.settings.institution).toBeTruthy();
    expect(doc.settings.country).toBe('United States');
  });

  it('gives the main credential 12 US credit hours and the cloud one 3', () => {
    expect(credential(ID.credential.analyst).credits).toEqual({ value: 12, unit: 'us-credit-hour' });
    expect(credential(ID.credential.cloud).credits).toEqual({ value: 3, unit: 'us-credit-hour' });
  });

  it('gives the main credential 6–8 outcomes, each part of it, numbered 1..n', () => {
    const { partOf } = partsOf(ID.credential.analyst);
    expect(partOf.length).toBeGreaterThanOrEqual(6);
    expect(partOf.length).toBeLessThanOrEqual(8);
    expect(partOf.map((l) => l.order).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(partOf.map((_, i) => i + 1));
    for (const o of ofKind('outcome')) expect(linksOf('part-of').filter((l) => l.from === o.id)).toHaveLength(1);
  });

  it('writes every outcome with one higher-order Bloom verb first and criteria', () => {
    for (const o of ofKind('outcome')) {
      const words = o.statement.toLowerCase().match(/[a-z]+/g) ?? [];
      expect(HIGHER_ORDER_VERBS.has(words[0] ?? ''), o.statement).toBe(true);
      expect(words.slice(1).filter((w) => HIGHER_ORDER_VERBS.has(w)), o.statement).toEqual([]);
      expect(words.filter((w) => ['know', 'understand', 'appreciate', 'learn', 'aware', 'familiar'].includes(w)), o.statement).toEqual([]);
      expect(o.criteria, o.statement).toBeTruthy();
    }
  });

  it('assesses every outcome', () => {
    const assessed = new Set(linksOf('assessed-by').map((l) => l.from));
    for (const o of ofKind('outcome')) expect(assessed.has(o.id), o.statement).toBe(true);
  });

  it('addresses an outcome with every essential skill, and every outcome with some skill', () => {
    const addresses = linksOf('addresses');
    const essential = ofKind('skill').filter((s) => s.importance === 'essential');
    expect(essential.length).toBeGreaterThanOrEqual(10);
    for (const s of essential) expect(addresses.some((l) => l.from === s.id), s.statement).toBe(true);
    for (const o of ofKind('outcome')) expect(addresses.some((l) => l.to === o.id), o.statement).toBe(true);
  });

  it('gives every skill a source framework, demand evidence, proficiency and group', () => {
    for (const s of ofKind('skill')) {
      expect(['NICE', 'ESCO', 'O*NET']).toContain(s.source?.framework);
      expect(s.source?.code ?? s.source?.uri, s.statement).toBeTruthy();
      expect(s.demand?.employers?.length, s.statement).toBeGreaterThan(0);
      expect(s.demand?.jobPostings, s.statement).toBeGreaterThan(0);
      expect(s.proficiency && s.group, s.statement).toBeTruthy();
    }
  });

  it.each([ID.credential.analyst, ID.credential.cloud])('states a workload of credits × 45 hours and matching activity hours (%s)', (id) => {
    const c = credential(id);
    const perCredit = CREDIT_UNITS['us-credit-hour'].hoursPerCredit ?? 0;
    expect(c.workloadHours).toBe((c.credits?.value ?? 0) * perCredit);
    const { activities } = partsOf(id);
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.reduce((sum, a) => sum + a.contactHours + a.selfStudyHours, 0)).toBe(c.workloadHours);
  });

  it('keeps the main certificate to 540 hours: 180 contact and 360 self-study', () => {
    const { activities } = partsOf(ID.credential.analyst);
    expect(activities.length).toBeGreaterThanOrEqual(4);
    expect(activities.reduce((s, a) => s + a.contactHours, 0)).toBe(180);
    expect(activities.reduce((s, a) => s + a.selfStudyHours, 0)).toBe(360);
  });

  it.each([ID.credential.analyst, ID.credential.cloud])('fills every EU Annex I element, mandatory and optional (%s)', (id) => {
    const c = credential(id);
    for (const field of [...EU_MANDATORY, ...EU_OPTIONAL]) {
      const value = c[field];
      expect(value, field).toBeDefined();
      expect(Array.isArray(value) ? value.length : String(value).trim().length, field).toBeGreaterThan(0);
    }
    expect(c.language).toBe('en');
    expect(c.cycle && c.code && c.targetAudience && c.industryNeed && c.reviewCycleMonths).toBeTruthy();
    expect(partsOf(id).partOf.length).toBeGreaterThanOrEqual(3);
    // The stated form of participation covers how the activities are delivered.
    for (const a of partsOf(id).activities) expect(c.participation, a.title).toContain(a.deliveryMode);
  });

  it.each([ID.credential.analyst, ID.credential.cloud])('weights the assessments of each credential to 100 (%s)', (id) => {
    const { assessments } = partsOf(id);
    expect(assessments.length).toBeGreaterThan(0);
    expect(assessments.reduce((sum, a) => sum + (a.weighting ?? 0), 0)).toBe(100);
    for (const a of assessments) expect(a.supervision && a.identityVerification && a.gradingScheme, a.title).toBeTruthy();
  });

  it('stacks both credentials into the B.S. and makes the cloud credential require the analyst one', () => {
    const stacks = linksOf('stacks-into');
    expect(stacks.map((l) => [l.from, l.to, l.creditsRecognised]).sort()).toEqual(
      [
        [ID.credential.analyst, ID.program.bsCyber, 12],
        [ID.credential.cloud, ID.program.bsCyber, 3],
      ].sort(),
    );
    expect(linksOf('requires').map((l) => [l.from, l.to])).toEqual([[ID.credential.cloud, ID.credential.analyst]]);
    const program = doc.entities[ID.program.bsCyber];
    expect(program?.kind === 'program' && program.totalCredits).toEqual({ value: 120, unit: 'us-credit-hour' });
  });

  it('has a designer and an advisor, with advisor endorsements of essential skills and the main credential', () => {
    const people = Object.values(doc.people);
    expect(people.map((p) => p.role).sort()).toEqual(['advisor', 'designer']);
    const endorsements = Object.values(doc.endorsements);
    for (const e of endorsements) expect(doc.people[e.person]?.role).toBe('advisor');
    const skills = endorsements.map((e) => doc.entities[e.target]).filter((e) => e?.kind === 'skill');
    expect(skills.length).toBeGreaterThanOrEqual(2);
    for (const s of skills) expect(s?.kind === 'skill' && s.importance).toBe('essential');
    expect(endorsements.some((e) => e.target === ID.credential.analyst)).toBe(true);
    for (const e of endorsements) expect(e.date.startsWith('2026-')).toBe(true);
  });

  it('has one open thread on an outcome statement, answered by the designer, and one resolved thread', () => {
    const comments = Object.values(doc.comments);
    const roots = comments.filter((c) => c.replyTo === undefined);
    const open = roots.filter((c) => !c.resolved);
    expect(open).toHaveLength(1);
    expect(roots.filter((c) => c.resolved)).toHaveLength(1);
    const [thread] = open;
    expect(doc.entities[thread!.target]?.kind).toBe('outcome');
    expect(thread!.field).toBe('statement');
    expect(doc.people[thread!.author]?.role).toBe('advisor');
    const replies = comments.filter((c) => c.replyTo === thread!.id);
    expect(replies.map((c) => doc.people[c.author]?.role)).toEqual(['designer']);
  });

  it('took the "Sent to faculty review" revision before changing an outcome statement and a credential field', () => {
    const [revision] = Object.values(doc.revisions);
    expect(revision?.name).toBe('Sent to faculty review');
    const before = revision!.snapshot.entities;
    const changed = entities().filter((e) => JSON.stringify(e) !== JSON.stringify(before[e.id]));
    expect(changed.map((e) => e.id).sort()).toEqual([ID.credential.analyst, ID.outcome.remediate].sort());
    const statement = (e: Entity | undefined) => (e?.kind === 'outcome' ? e.statement : undefined);
    expect(statement(doc.entities[ID.outcome.remediate])).toContain('compensating controls');
    expect(statement(before[ID.outcome.remediate])).not.toContain('compensating controls');
    const status = (e: Entity | undefined) => (e?.kind === 'credential' ? e.status : undefined);
    expect([status(before[ID.credential.analyst]), status(doc.entities[ID.credential.analyst])]).toEqual(['draft', 'in-review']);
    // Stamps order as strings: the later edits come after the revision.
    const revisionStamp = doc.meta.stamps[revision!.id]?.['snapshot'] ?? '';
    expect(revisionStamp).not.toBe('');
    expect((doc.meta.stamps[ID.outcome.remediate]?.['statement'] ?? '') > revisionStamp).toBe(true);
    expect((doc.meta.stamps[ID.credential.analyst]?.['status'] ?? '') > revisionStamp).toBe(true);
  });

  it('stamps every change with a valid stamp by a person of the map', () => {
    for (const [record, fields] of Object.entries(doc.meta.stamps)) {
      for (const [field, stamp] of Object.entries(fields)) {
        const parsed = parseStamp(stamp);
        expect(parsed, `${record}.${field}`).toBeDefined();
        expect(doc.people[parsed!.author], `${record}.${field}`).toBeDefined();
      }
    }
    expect(doc.meta.tombstones).toEqual({});
  });

  it('places every entity in its column, in distinct rows', () => {
    const column: Record<Entity['kind'], number> = { skill: 0, outcome: 380, assessment: 760, activity: 760, credential: 1140, program: 1520 };
    const seen = new Set<string>();
    for (const e of entities()) {
      const p = doc.layout[e.id];
      expect(p?.x, e.id).toBe(column[e.kind]);
      expect(p!.y).toBeGreaterThanOrEqual(0);
      const key = `${p!.x},${p!.y}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});

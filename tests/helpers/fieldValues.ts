import fc from 'fast-check';
import {
  AssessmentType,
  BloomLevel,
  CreditUnit,
  CredentialStatus,
  Cycle,
  DeliveryMode,
  GradingScheme,
  IdentityVerification,
  Importance,
  LinkLevel,
  Participation,
  PersonRole,
  ProfileId,
  Proficiency,
  SkillType,
  Supervision,
  type EntityKind,
  type LinkKind,
} from '../../shared/model';

/**
 * Field values for generated maps. The generators per field give valid values; `junk`
 * gives values fields refuse, and `spoilt` and `changesOf` mix them in now and then so
 * that commands are sometimes refused. Numbers never include -0 (see `number` below).
 */

const enumOf = <T extends string>(e: { options: readonly T[] }) => fc.constantFrom(...e.options);

/** Text a person might type: plain, non-BMP, quotes, line breaks, a literal backslash. Never blank. */
export const text = fc
  .oneof(
    { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom('Analyse "data"\nand report', 'naïve café ✓ 𝔘', '\\u0000 is not an escape', ' padded ') },
  )
  .filter((s) => s.trim().length > 0);
const shortText = (max: number) => text.map((s) => s.slice(0, max)).filter((s) => s.length > 0);

/**
 * A number in [min, max], integer or not. -0 is mapped to 0: the canonical file cannot tell
 * them apart, so a generated -0 would make the round-trip property fail on a known,
 * reported limitation rather than on anything new.
 */
export const number = (min: number, max: number) =>
  fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true })).map((x) => (x === 0 ? 0 : x));
const int = (min: number, max: number) => fc.integer({ min, max });
const url = fc.constantFrom('https://example.org/skills/42', 'http://esco.eu/x', 'https://a.b/c?d=1');
const credits = fc.record({ value: number(0, 200), unit: enumOf(CreditUnit) });

/** Values that most fields refuse: blanks, negatives, huge numbers, wrong types. */
export const junk = fc.constantFrom<unknown>(
  'ftp://not-an-http-address',
  'english!',
'', '   ', -1, 1e12, Number.NaN, Number.POSITIVE_INFINITY, true, {}, [], 'not-an-enum-value', { nested: 1 });

type FieldSpec = { required: Record<string, fc.Arbitrary<unknown>>; optional: Record<string, fc.Arbitrary<unknown>> };

/** The fields of each entity kind with a generator of (mostly) valid values. */
export const ENTITY_FIELDS: Record<EntityKind, FieldSpec> = {
  skill: {
    required: { statement: text, skillType: enumOf(SkillType), importance: enumOf(Importance) },
    optional: {
      description: text,
      proficiency: enumOf(Proficiency),
      source: fc.record({ framework: fc.constantFrom('ESCO', 'O*NET', 'SFIA'), code: shortText(20), uri: url }, { requiredKeys: ['framework'] }),
      demand: fc.record({ employers: fc.array(text, { maxLength: 3 }), jobPostings: int(0, 5000), notes: text }, { requiredKeys: [] }),
      group: text,
    },
  },
  outcome: {
    required: { statement: text },
    optional: { code: shortText(40), bloomOverride: enumOf(BloomLevel), criteria: text },
  },
  assessment: {
    required: { title: text, assessmentType: enumOf(AssessmentType) },
    optional: {
      description: text,
      weighting: number(0, 100),
      supervision: enumOf(Supervision),
      identityVerification: enumOf(IdentityVerification),
      gradingScheme: enumOf(GradingScheme),
    },
  },
  activity: {
    required: { title: text, deliveryMode: enumOf(DeliveryMode), contactHours: number(0, 400), selfStudyHours: number(0, 400) },
    optional: { description: text },
  },
  credential: {
    required: {
      title: text,
      version: fc.constantFrom('1.0', '2.1', '2026-a'),
      status: enumOf(CredentialStatus),
      language: fc.constantFrom('en', 'fr-BE', 'mi'),
    },
    optional: {
      code: shortText(60),
      description: text,
      targetAudience: text,
      url,
      workloadHours: number(0, 2000),
      credits,
      eqfLevel: int(1, 8),
      cycle: enumOf(Cycle),
      participation: fc.uniqueArray(enumOf(Participation), { maxLength: 3 }),
      reviewCycleMonths: int(1, 120),
      validityMonths: int(1, 1200),
      industryNeed: text,
    },
  },
  program: {
    required: { title: text },
    optional: { level: shortText(200), eqfLevel: int(1, 8), totalCredits: credits, awardingBody: text, url },
  },
};

/** The extra fields of each link kind. */
export const LINK_FIELDS: Record<LinkKind, FieldSpec> = {
  addresses: { required: { level: enumOf(LinkLevel) }, optional: {} },
  'assessed-by': { required: {}, optional: {} },
  develops: { required: {}, optional: {} },
  'part-of': { required: {}, optional: { order: int(1, 40) } },
  'stacks-into': { required: {}, optional: { creditsRecognised: number(0, 300) } },
  requires: { required: {}, optional: {} },
};

export const SETTINGS_FIELDS: FieldSpec = {
  required: { title: text, creditUnit: enumOf(CreditUnit), profiles: fc.uniqueArray(enumOf(ProfileId), { maxLength: 3 }) },
  optional: {
    institution: shortText(500),
    country: shortText(200),
    hoursPerCredit: number(0.5, 1000),
    house: fc.record({ name: text, maxCredits: number(0, 100), requiredFields: fc.array(fc.constantFrom('targetAudience', 'reviewCycleMonths'), { maxLength: 2 }) }, { requiredKeys: ['name', 'requiredFields'] }),
  },
};

export const personRole = enumOf(PersonRole);

/** A whole record with every required field and some optional ones. */
export function recordOf(spec: FieldSpec): fc.Arbitrary<Record<string, unknown>> {
  const all = { ...spec.required, ...spec.optional };
  return fc.record(all, { requiredKeys: Object.keys(spec.required) }).map((r) => ({ ...r }));
}

/** Mostly `record` itself; now and then with one field replaced by junk. */
export function spoilt(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(record, fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), junk) })).map(([r, spoil]) => {
    if (!spoil) return r;
    const keys = Object.keys(r);
    return keys.length ? { ...r, [keys[spoil[0] % keys.length]!]: spoil[1] } : r;
  });
}

/**
 * A partial update of one or two fields: a valid value, a clear (`null`), a junk value, or
 * an attempt on `id`, `kind` or a field the record does not have.
 */
export function changesOf(spec: FieldSpec, extraKeys: readonly string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const all = { ...spec.required, ...spec.optional };
  const names = Object.keys(all);
  const one = fc.oneof(
    { weight: 8, arbitrary: names.length ? fc.constantFrom(...names).chain((k) => all[k]!.map((v) => [k, v] as const)) : fc.constant(['nonsense', 1] as const) },
    { weight: 2, arbitrary: names.length ? fc.constantFrom(...names).map((k) => [k, null] as const) : fc.constant(['nonsense', null] as const) },
    { weight: 2, arbitrary: fc.tuple(names.length ? fc.constantFrom(...names) : fc.constant('nonsense'), junk) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('id', 'nonsense', ...extraKeys), junk) },
  );
  return fc.array(one, { minLength: 1, maxLength: 2 }).map((pairs) => Object.fromEntries(pairs));
}

/** An ISO date-time between 2000 and 2100, as `toISOString` writes it. */
export const isoDateTime = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
export const isoDate = isoDateTime.map((s) => s.slice(0, 10));

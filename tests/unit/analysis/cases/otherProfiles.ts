import { makeCredential, makeLink, makeOutcome } from '../../../helpers/builders';
import { add, deleteLinks, link, settings, update, type CleanMap } from '../helpers';
import type { RuleCase } from './ruleCase';

const clear = (...fields: string[]) => (m: CleanMap) => update(m.doc, m.credential.id, Object.fromEntries(fields.map((f) => [f, null])));
const set = (changes: Record<string, unknown>) => (m: CleanMap) => update(m.doc, m.credential.id, changes);
/** The clean map's credential in US credit hours: its 45 + 90 activity hours are exactly 3. */
const usCredits = set({ credits: { value: 3, unit: 'us-credit-hour' }, workloadHours: 135 });

export const UNESCO_CASES: readonly RuleCase[] = [
  {
    rule: 'unesco-2022/outcomes-assessed',
    when: 'an outcome is not assessed',
    fires: (m) => deleteLinks(m.doc, m.links.assessedBy[1]!.id),
    expect: (m) => ({ target: m.outcomes[1].id, message: /LO2 .* of “Data Wrangling” is not assessed/ }),
  },
  {
    rule: 'unesco-2022/outcomes-assessed',
    when: 'a credential has no outcomes at all',
    fires: (m) => add(m.doc, makeCredential({ id: 'mc_bare' })),
    expect: () => ({ target: 'mc_bare', message: /states no learning outcomes/ }),
  },
  {
    rule: 'unesco-2022/assessment-standards',
    when: 'an outcome has no criteria',
    fires: (m) => update(m.doc, m.outcomes[2].id, { criteria: null }),
    expect: (m) => ({ target: m.outcomes[2].id, field: 'criteria' }),
  },
  { rule: 'unesco-2022/trusted-provider', when: 'no awarding body is named', fires: clear('awardingBody'), expect: (m) => ({ target: m.credential.id, field: 'awardingBody', fix: /“Test University”/ }) },
  { rule: 'unesco-2022/quality-assurance', when: 'no quality assurance is stated', fires: clear('qualityAssurance') },
  {
    rule: 'unesco-2022/standalone-value',
    when: 'neither a description nor a statement of need is given',
    fires: clear('description', 'industryNeed'),
    quiet: [{ when: 'only the statement of need is given', doc: clear('description') }],
  },
  {
    rule: 'unesco-2022/stackability',
    when: 'it stacks into nothing and states no options',
    fires: (m) => deleteLinks(clear('stackability')(m), m.links.stacksInto.id),
    quiet: [
      {
        when: 'another credential requires it',
        doc: (m) => {
          const next = makeCredential({ stackability: 'Builds on Data Wrangling.' });
          return link(add(deleteLinks(clear('stackability')(m), m.links.stacksInto.id), next), makeLink('requires', next, m.credential));
        },
      },
    ],
  },
];

export const NZQA_CASES: readonly RuleCase[] = [
  { rule: 'nzqa/credit-value', when: 'neither credits nor hours are stated', fires: clear('credits', 'workloadHours'), expect: () => ({ field: 'credits' }) },
  {
    rule: 'nzqa/credit-range',
    when: 'a credential is 50 NZ credits',
    fires: set({ credits: { value: 50, unit: 'nz-credit' }, workloadHours: 500 }),
    expect: () => ({ message: /is 50 NZ credits \(50 NZ credits\); an NZQA micro-credential is 5–40 credits/ }),
    quiet: [
      { when: 'it is exactly 5 credits', doc: set({ credits: { value: 5, unit: 'nz-credit' }, workloadHours: 50 }) },
      { when: 'it is exactly 40 credits', doc: set({ credits: { value: 40, unit: 'nz-credit' }, workloadHours: 400 }) },
    ],
  },
  {
    rule: 'nzqa/credit-range',
    when: 'ECTS credits convert through hours to fewer than 5 NZ credits',
    fires: set({ credits: { value: 1, unit: 'ects' }, workloadHours: 27.5 }),
    expect: () => ({ message: /is 2\.8 NZ credits \(1 ECTS = 27\.5 hours\)/ }),
  },
  {
    rule: 'nzqa/title-words',
    when: 'the title says “National Diploma”',
    fires: set({ title: 'National Diploma in Data Wrangling' }),
    expect: (m) => ({ target: m.credential.id, field: 'title', message: /contains “national” and “diploma”/ }),
    quiet: [{ when: 'the words only appear inside others (“Mastering”, “Internationalisation”)', doc: set({ title: 'Mastering Data Internationalisation' }) }],
  },
  {
    rule: 'nzqa/title-words',
    when: 'the title names a degree level',
    fires: set({ title: "Postgraduate Data Wrangling for Master's Students" }),
    expect: () => ({ message: /“master” and “postgraduate”/ }),
  },
  { rule: 'nzqa/evidence-of-need', when: 'no evidence of need is given', fires: clear('industryNeed'), expect: () => ({ field: 'industryNeed' }) },
  { rule: 'nzqa/non-duplication', when: 'non-duplication is not argued', fires: clear('nonDuplication'), expect: () => ({ field: 'nonDuplication' }) },
  { rule: 'nzqa/review-period', when: 'no review period is stated', fires: clear('reviewCycleMonths'), expect: () => ({ field: 'reviewCycleMonths' }) },
  {
    rule: 'nzqa/review-period-range',
    when: 'the review period is 6 months',
    fires: set({ reviewCycleMonths: 6 }),
    expect: () => ({ message: /every 6 months.*usually 1–3 years/ }),
    quiet: [
      { when: 'it is 12 months', doc: set({ reviewCycleMonths: 12 }) },
      { when: 'it is 36 months', doc: set({ reviewCycleMonths: 36 }) },
    ],
  },
  { rule: 'nzqa/level', when: 'no national level is stated', fires: clear('nqfLevel'), expect: () => ({ field: 'nqfLevel' }) },
];

export const AU_NMF_CASES: readonly RuleCase[] = [
  {
    rule: 'au-nmf/volume-of-learning',
    when: 'no volume of learning is stated',
    fires: clear('workloadHours', 'credits'),
    quiet: [{ when: 'only credits are stated (they convert to hours)', doc: clear('workloadHours') }],
  },
  { rule: 'au-nmf/volume-of-learning', when: 'it is half an hour', fires: set({ workloadHours: 0.5, credits: null }), expect: () => ({ message: /is 0\.5 hours; .* at least one hour/ }) },
  {
    rule: 'au-nmf/less-than-award',
    when: 'it is as large as a Certificate I (700 hours)',
    fires: set({ workloadHours: 700, credits: { value: 25, unit: 'ects' } }),
    quiet: [{ when: 'it is 599 hours', doc: set({ workloadHours: 599, credits: null }) }],
  },
  { rule: 'au-nmf/outcomes', when: 'a credential has no outcomes', fires: (m) => add(m.doc, makeCredential({ id: 'mc_none', workloadHours: 10 })), expect: () => ({ target: 'mc_none' }) },
  {
    rule: 'au-nmf/assessment',
    when: 'an outcome is not evidenced by an assessment',
    fires: (m) => link(add(m.doc, makeOutcome({ id: 'lo_new', statement: 'Apply imputation to missing values', criteria: 'x' })), makeLink('part-of', 'lo_new', m.credential)),
    expect: () => ({ target: 'lo_new' }),
  },
  { rule: 'au-nmf/industry-need', when: 'no industry need is stated', fires: clear('industryNeed') },
  { rule: 'au-nmf/quality-assurance', when: 'no quality-assurance statement is given', fires: clear('qualityAssurance') },
];

export const US_CASES: readonly RuleCase[] = [
  {
    rule: 'us-credit-hours/credit-cap',
    when: 'a credential carries 30 credit hours',
    fires: set({ credits: { value: 30, unit: 'us-credit-hour' }, workloadHours: 1350 }),
    expect: (m) => ({ target: m.credential.id, field: 'credits', message: /carries 30 credit hours, above the usual cap of 18/ }),
    quiet: [{ when: 'it carries exactly 18', doc: set({ credits: { value: 18, unit: 'us-credit-hour' }, workloadHours: 810 }) }],
  },
  {
    rule: 'us-credit-hours/credit-cap',
    when: 'ECTS credits convert to more than 18 credit hours',
    fires: set({ credits: { value: 40, unit: 'ects' }, workloadHours: 1100 }),
    expect: () => ({ message: /40 ECTS \(≈ 24\.4 credit hours\)/ }),
  },
  { rule: 'us-credit-hours/credits', when: 'no credits are stated', fires: clear('credits'), expect: () => ({ fix: /135 hours ≈ 3 credit hours/ }) },
  {
    rule: 'us-credit-hours/workload',
    when: '3 credit hours are stated as 200 hours',
    fires: set({ credits: { value: 3, unit: 'us-credit-hour' }, workloadHours: 200 }),
    expect: () => ({ field: 'workloadHours', message: /200 hours of student work for 3 credit hours, which stand for about 135 hours/ }),
    quiet: [
      { when: 'the hours are within 20% (162 for 3 credit hours)', doc: set({ credits: { value: 3, unit: 'us-credit-hour' }, workloadHours: 162 }) },
      { when: 'the credits are ECTS (the generic workload rule applies)', doc: set({ workloadHours: 200 }) },
    ],
  },
  {
    rule: 'us-credit-hours/contact-hours',
    when: '3 credit hours are planned as 20 contact and 115 out-of-class hours (the total is right, the split is not)',
    fires: (m) => update(usCredits(m), m.activity.id, { contactHours: 20, selfStudyHours: 115 }),
    expect: (m) => ({
      target: m.credential.id,
      message: /give 20 contact hours, below the 45 of one hour of instruction a week for 15 weeks per credit, and 115 out-of-class hours where 90 \(± 20%\) are expected.*for 3 credit hours \(34 CFR 600\.2\)/,
      fix: /at least 45 hours of instruction/,
    }),
    quiet: [
      { when: 'they are 45 contact and 90 out-of-class hours (15 and 30 per credit)', doc: (m) => usCredits(m) },
      { when: 'there is more instruction and a little less out-of-class work (60 + 75)', doc: (m) => update(usCredits(m), m.activity.id, { contactHours: 60, selfStudyHours: 75 }) },
      { when: 'the credits are ECTS', doc: (m) => update(m.doc, m.activity.id, { contactHours: 5, selfStudyHours: 130 }) },
    ],
  },
  {
    rule: 'us-credit-hours/contact-hours',
    when: '3 credit hours have enough instruction but only 40 out-of-class hours',
    fires: (m) => update(usCredits(m), m.activity.id, { contactHours: 95, selfStudyHours: 40 }),
    expect: () => ({ message: /give 40 out-of-class hours where 90 \(± 20%\) are expected/, fix: /about 90 hours of out-of-class work/ }),
  },
];

export const HOUSE_CASES: readonly RuleCase[] = [
  { rule: 'house/not-configured', when: 'the house profile is on but the map has no house rules', fires: (m) => settings(m.doc, { house: null }), expect: () => ({ target: 'map', field: 'house' }) },
  {
    rule: 'house/unknown-field',
    when: 'the house rules require a field credentials do not have',
    fires: (m) => settings(m.doc, { house: { name: 'Test University rules', requiredFields: ['colour'] } }),
    expect: () => ({ target: 'map', message: /“colour”/ }),
  },
  {
    rule: 'house/max-credits',
    when: 'a credential carries more than the house cap',
    fires: set({ credits: { value: 12, unit: 'ects' }, workloadHours: 330 }),
    expect: () => ({ message: /carries 12 ECTS; the house rules \(Test University rules\) allow at most 10 ECTS/ }),
    quiet: [{ when: 'the credits convert to exactly the cap', doc: set({ credits: { value: 10, unit: 'ects' }, workloadHours: 275 }) }],
  },
  {
    rule: 'house/min-outcomes',
    when: 'a credential has fewer outcomes than the house minimum',
    fires: (m) => settings(m.doc, { house: { name: 'Test University rules', minOutcomes: 4, requiredFields: [] } }),
    expect: () => ({ message: /has 3 learning outcomes; the house rules \(Test University rules\) require at least 4/ }),
  },
  {
    rule: 'house/max-outcomes',
    when: 'a credential has more outcomes than the house maximum',
    fires: (m) => settings(m.doc, { house: { name: 'Test University rules', maxOutcomes: 2, requiredFields: [] } }),
    expect: () => ({ message: /allow at most 2/ }),
  },
  {
    rule: 'house/required-field',
    when: 'a required field is empty',
    fires: clear('targetAudience'),
    expect: (m) => ({ target: m.credential.id, field: 'targetAudience', message: /has no “targetAudience”/ }),
  },
];

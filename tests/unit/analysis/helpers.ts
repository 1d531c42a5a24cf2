import { produce, type Draft } from 'immer';
import { analyse, type AnalysisResult, type Finding } from '../../../shared/analysis';
import { ProfileId, type Credential, type Entity, type Link, type McredDocument, type Outcome, type Settings } from '../../../shared/model';
import {
  ADVISOR,
  AUTHOR,
  apply,
  makeActivity,
  makeAssessment,
  makeCredential,
  makeEndorsement,
  makeLink,
  makeMap,
  makeOutcome,
  makeProgram,
  makeSkill,
} from '../../helpers/builders';

/** Every profile: the clean map must pass them all. */
export const ALL_PROFILES: readonly ProfileId[] = ProfileId.options;

/** A credential with every element any profile asks for: 5 ECTS = 135 hours. */
export function completeCredential(overrides: Partial<Credential> = {}): Credential {
  return makeCredential({
    title: 'Data Wrangling',
    description: 'Cleaning and preparing tabular data for analysis.',
    targetAudience: 'Analysts who work with messy spreadsheets.',
    learnerIdentification: 'Full name and student ID, checked against photo ID at enrolment.',
    issuerCountry: 'Ireland',
    awardingBody: 'Test University',
    dateOfIssue: 'On successful completion.',
    workloadHours: 135,
    credits: { value: 5, unit: 'ects' },
    eqfLevel: 5,
    nqfLevel: 'NFQ Level 6',
    assessmentType: 'Project and portfolio.',
    participation: ['online'],
    qualityAssurance: 'Approved by the Academic Council; institution reviewed by QQI.',
    prerequisites: 'None.',
    supervisionAndIdentity: 'Portfolio submitted under single sign-on.',
    gradeAchieved: 'Pass / fail.',
    stackability: 'Counts towards the Certificate in Data Analytics.',
    furtherInformation: 'See the course page.',
    industryNeed: 'Twelve employers on the advisory board asked for it.',
    nonDuplication: 'No other approved programme covers data cleaning.',
    reviewCycleMonths: 24,
    ...overrides,
  });
}

/** The records of the clean map, by role, so cases can name what they change. */
export interface CleanMap {
  doc: McredDocument;
  credential: Credential;
  outcomes: readonly [Outcome, Outcome, Outcome];
  skills: readonly Entity[];
  assessments: readonly Entity[];
  activity: Entity;
  program: Entity;
  links: {
    partOf: readonly Link[];
    addresses: readonly Link[];
    assessedBy: readonly Link[];
    develops: readonly Link[];
    stacksInto: Link;
  };
}

/**
 * A small map that passes every rule of every profile: one credential (5 ECTS, 135 hours)
 * with three outcomes, each answering an endorsed essential skill and assessed (weights
 * 60 + 40), one activity of 45 + 90 hours, and a program recognising its 5 credits.
 * Cases break one thing at a time.
 */
export function cleanMap(options: { settings?: Partial<Settings>; credential?: Partial<Credential> } = {}): CleanMap {
  const credential = completeCredential(options.credential);
  const outcomes = [
    makeOutcome({ statement: 'Prepare a raw dataset for analysis', code: 'LO1', criteria: 'Missing values and types handled.' }),
    makeOutcome({ statement: 'Analyse data quality problems in a tabular dataset', code: 'LO2', criteria: 'Problems found and classified.' }),
    makeOutcome({ statement: 'Design a reproducible cleaning pipeline', code: 'LO3', criteria: 'Pipeline runs end to end.' }),
  ] as const;
  const skills = [
    makeSkill({ statement: 'Clean tabular data', importance: 'essential', proficiency: 'intermediate' }),
    makeSkill({ statement: 'Assess data quality', importance: 'essential', proficiency: 'intermediate' }),
    makeSkill({ statement: 'Automate data preparation', importance: 'essential', proficiency: 'intermediate' }),
  ];
  const assessments = [makeAssessment({ title: 'Cleaning project', weighting: 60 }), makeAssessment({ title: 'Pipeline portfolio', assessmentType: 'portfolio', weighting: 40 })];
  const activity = makeActivity({ title: 'Online course', contactHours: 45, selfStudyHours: 90 });
  const program = makeProgram({ title: 'Certificate in Data Analytics', totalCredits: { value: 30, unit: 'ects' } });
  const partOf = outcomes.map((o, i) => makeLink('part-of', o, credential, { order: i + 1 }));
  const addresses = outcomes.map((o, i) => makeLink('addresses', skills[i]!, o, { level: 'mastered' }));
  const assessedBy = [makeLink('assessed-by', outcomes[0], assessments[0]!), makeLink('assessed-by', outcomes[1], assessments[0]!), makeLink('assessed-by', outcomes[2], assessments[1]!)];
  const develops = outcomes.map((o) => makeLink('develops', activity, o));
  const stacksInto = makeLink('stacks-into', credential, program, { creditsRecognised: 5 });
  let doc = makeMap({
    settings: {
      title: 'Test map',
      institution: 'Test University',
      country: 'Ireland',
      creditUnit: 'ects',
      profiles: [...ALL_PROFILES],
      house: { name: 'Test University rules', maxCredits: 10, minOutcomes: 3, maxOutcomes: 8, requiredFields: ['targetAudience'] },
      ...options.settings,
    },
    entities: [credential, ...outcomes, ...skills, ...assessments, activity, program],
    links: [...partOf, ...addresses, ...assessedBy, ...develops, stacksInto],
  });
  for (const s of skills) doc = apply(doc, 'endorsement.add', { endorsement: makeEndorsement(s, { person: ADVISOR.id }) });
  return { doc, credential, outcomes, skills, assessments, activity, program, links: { partOf, addresses, assessedBy, develops, stacksInto } };
}

/** The "now" of the rule tests: date-dependent rules (a periodic review falling due) compare against it. */
export const TEST_NOW = Date.parse('2027-06-01T00:00:00Z');

/** Runs the analysis with every profile (or the given ones), at TEST_NOW. */
export function check(doc: McredDocument, profiles: readonly ProfileId[] = ALL_PROFILES): AnalysisResult {
  return analyse(doc, { profiles, now: TEST_NOW });
}

/** Records a step of the credential's review cycle (an approval pins a revision named after the body). */
export function step(doc: McredDocument, credential: string, status: string, at = '2026-01-10T10:00:00Z'): McredDocument {
  const decision = status === 'approved' || status === 'changes-requested' ? { decision: status, body: 'University Curriculum Committee' } : {};
  const id = `ap_${Object.keys(doc.approvals).length + 1}`;
  return apply(doc, 'approval.record', { approval: { id, credential, status, at, author: AUTHOR.id, ...decision }, ...(status === 'approved' ? { revisionName: 'Approved by UCC' } : {}) });
}

/** The findings of one rule. */
export function findingsOf(doc: McredDocument, rule: string, profiles?: readonly ProfileId[]): Finding[] {
  return check(doc, profiles).findings.filter((f) => f.rule === rule);
}

/** The distinct rule ids a result reports, sorted. */
export function ruleIds(result: AnalysisResult, severity?: Finding['severity']): string[] {
  return [...new Set(result.findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule))].sort();
}

/** Updates an entity through the command layer (null clears an optional field). */
export function update(doc: McredDocument, id: string, changes: Record<string, unknown>): McredDocument {
  return apply(doc, 'entity.update', { id, changes });
}

export function updateLink(doc: McredDocument, id: string, changes: Record<string, unknown>): McredDocument {
  return apply(doc, 'link.update', { id, changes });
}

export function deleteLinks(doc: McredDocument, ...ids: string[]): McredDocument {
  return apply(doc, 'link.delete', { ids });
}

export function add(doc: McredDocument, ...entities: Entity[]): McredDocument {
  for (const entity of entities) doc = apply(doc, 'entity.create', { entity });
  return doc;
}

export function link(doc: McredDocument, ...links: Link[]): McredDocument {
  for (const l of links) doc = apply(doc, 'link.create', { link: l });
  return doc;
}

export function settings(doc: McredDocument, changes: Record<string, unknown>): McredDocument {
  return apply(doc, 'settings.update', { changes });
}

/**
 * Changes a document directly, bypassing the commands: for states commands refuse to make
 * (a `requires` cycle, a blank title) but a hand-edited or merged file can still contain.
 */
export function raw(doc: McredDocument, recipe: (draft: Draft<McredDocument>) => void): McredDocument {
  return produce(doc, recipe);
}

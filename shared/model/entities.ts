import { z } from 'zod';
import { Id } from './ids';
import { IsoDate } from './records';
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
  Participation,
  Proficiency,
  Supervision,
  SkillType,
} from './vocab';

const MAX_TEXT = 100_000;
/** A required one-line text (titles, statements). */
const Title = z.string().trim().min(1, 'must not be empty').max(2_000);
/** Free text; absent rather than empty. */
const Text = z.string().min(1, 'must not be empty (leave the field out instead)').max(MAX_TEXT);
const Hours = z.number().finite().min(0, 'must not be negative').max(100_000);
const Url = z.string().max(2_000).regex(/^https?:\/\/\S+$/, 'must be an http(s) address');

/** A credit value always carries its unit: 12 US credit hours is not 12 ECTS. */
export const Credits = z.strictObject({
  value: z.number().finite().min(0, 'must not be negative').max(10_000),
  unit: CreditUnit,
});
export type Credits = z.infer<typeof Credits>;

/** Where a skill requirement comes from: a framework and its code and/or URI. */
export const SkillSource = z.strictObject({
  /** Framework name, e.g. "ESCO", "O*NET", "NICE", "SFIA", "Employer". */
  framework: Title,
  code: Text.max(200).optional(),
  uri: Url.optional(),
  /** The framework's release the skill was taken from, e.g. "ESCO v1.2.0" (format 4). */
  release: Text.max(200).optional(),
});
export type SkillSource = z.infer<typeof SkillSource>;

/** Evidence that industry asks for a skill. */
export const DemandEvidence = z.strictObject({
  employers: z.array(Title).max(1_000).optional(),
  /** Count of job postings naming the skill, over the period in `notes`. */
  jobPostings: z.number().int().min(0).optional(),
  /** How many postings were searched, so a count reads "84 of 212" (format 4). */
  postingsTotal: z.number().int().min(0).optional(),
  /** Earliest and latest posting date searched (format 4). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Labour market the postings come from, e.g. "Northfield metro" (format 4). */
  region: Text.max(200).optional(),
  notes: Text.optional(),
});
export type DemandEvidence = z.infer<typeof DemandEvidence>;

/**
 * What a newer release of the skill's framework says about it, found by a re-import and
 * kept until the designer accepts or dismisses it (format 4).
 */
export const FrameworkUpdate = z.strictObject({
  /** The release that changed, e.g. "ESCO v1.2.0". */
  release: Text.max(200).optional(),
  /** When the re-import found it. */
  found: IsoDate,
  change: z.enum(['changed', 'obsolete', 'replaced', 'removed']),
  /** The release's label and description, where they differ from the map's. */
  statement: Title.optional(),
  description: Text.optional(),
  /** What replaces an obsolete or replaced skill, as the framework names it. */
  replacedBy: z.strictObject({ statement: Title.optional(), code: Text.max(200).optional(), uri: Url.optional() }).optional(),
});
export type FrameworkUpdate = z.infer<typeof FrameworkUpdate>;

export const Skill = z.strictObject({
  id: Id,
  kind: z.literal('skill'),
  statement: Title,
  description: Text.optional(),
  skillType: SkillType,
  importance: Importance,
  proficiency: Proficiency.optional(),
  source: SkillSource.optional(),
  demand: DemandEvidence.optional(),
  /** Grouping label, e.g. the parent concept of an imported framework. */
  group: Title.optional(),
  /** Other names the framework gives the skill (ESCO altLabels, O*NET alternate titles); format 4. */
  altLabels: z.array(Title).max(200).optional(),
  /** A newer framework release changed this skill; cleared when the designer decides (format 4). */
  frameworkUpdate: FrameworkUpdate.optional(),
});
export type Skill = z.infer<typeof Skill>;

export const Outcome = z.strictObject({
  id: Id,
  kind: z.literal('outcome'),
  /** "On completion the learner will be able to …" — starts with the main verb. */
  statement: Title,
  /** Short reference such as "LO3". */
  code: Text.max(40).optional(),
  /** Set only when the designer overrides the level derived from the verb. */
  bloomOverride: BloomLevel.optional(),
  /** Performance criteria and conditions. */
  criteria: Text.optional(),
  /** Skills the designer said this outcome does not address: never suggested again (format 4). */
  dismissedSkills: z.array(Id).max(10_000).optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const Assessment = z.strictObject({
  id: Id,
  kind: z.literal('assessment'),
  title: Title,
  assessmentType: AssessmentType,
  description: Text.optional(),
  /** Share of the credential's final result, in percent (0–100). */
  weighting: z.number().finite().min(0).max(100).optional(),
  supervision: Supervision.optional(),
  identityVerification: IdentityVerification.optional(),
  gradingScheme: GradingScheme.optional(),
});
export type Assessment = z.infer<typeof Assessment>;

export const Activity = z.strictObject({
  id: Id,
  kind: z.literal('activity'),
  title: Title,
  description: Text.optional(),
  deliveryMode: DeliveryMode,
  /** Scheduled hours with a teacher (hours, not credits). */
  contactHours: Hours,
  /** Independent study hours (hours, not credits). */
  selfStudyHours: Hours,
});
export type Activity = z.infer<typeof Activity>;

/**
 * A micro-credential specification. Field groups follow the EU Council Recommendation of
 * 16 June 2022, Annex I; the rest serves the other profiles and the credential's lifecycle.
 */
export const Credential = z.strictObject({
  id: Id,
  kind: z.literal('credential'),
  title: Title,
  code: Text.max(60).optional(),
  /** Specification version, e.g. "1.2". */
  version: z.string().trim().min(1).max(40),
  status: CredentialStatus,
  description: Text.optional(),
  targetAudience: Text.optional(),
  /** BCP 47 language tag of instruction, e.g. "en", "fr-BE". */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "fr-BE"'),
  url: Url.optional(),

  // EU Annex I — mandatory elements.
  /** How the learner is identified on the issued credential. */
  learnerIdentification: Text.optional(),
  /** Country or region of the issuer. */
  issuerCountry: Text.max(200).optional(),
  awardingBody: Text.max(500).optional(),
  /** When the credential is issued: an ISO date or a rule ("on successful completion"). */
  dateOfIssue: Text.max(500).optional(),
  /** Notional learning hours for a typical learner (hours, not credits). */
  workloadHours: Hours.optional(),
  credits: Credits.optional(),
  /** European Qualifications Framework level, 1–8. */
  eqfLevel: z.number().int().min(1).max(8).optional(),
  /** National framework level as written, e.g. "NZQF Level 5", "AQF 6". */
  nqfLevel: Text.max(100).optional(),
  cycle: Cycle.optional(),
  /** Type of assessment, in words; the assessment records give the detail. */
  assessmentType: Text.optional(),
  participation: z.array(Participation).max(5).optional(),
  /** Type of quality assurance used to underpin the credential. */
  qualityAssurance: Text.optional(),

  // EU Annex I — optional elements.
  prerequisites: Text.optional(),
  /** Supervision and identity verification during assessment. */
  supervisionAndIdentity: Text.optional(),
  gradeAchieved: Text.optional(),
  /** Integration and stackability options. */
  stackability: Text.optional(),
  furtherInformation: Text.optional(),

  // Other frameworks and lifecycle.
  /** Evidence of need from employers, industry or community (NZQA, Australia). */
  industryNeed: Text.optional(),
  /** Why it does not duplicate existing approved learning (NZQA). */
  nonDuplication: Text.optional(),
  /** How often the specification is reviewed, in months. */
  reviewCycleMonths: z.number().int().min(1).max(120).optional(),
  /** How long an issued credential stays valid, in months; absent means no expiry. */
  validityMonths: z.number().int().min(1).max(1_200).optional(),
});
export type Credential = z.infer<typeof Credential>;

export const Program = z.strictObject({
  id: Id,
  kind: z.literal('program'),
  title: Title,
  /** Award level as written, e.g. "Bachelor's degree". */
  level: Text.max(200).optional(),
  eqfLevel: z.number().int().min(1).max(8).optional(),
  totalCredits: Credits.optional(),
  awardingBody: Text.max(500).optional(),
  url: Url.optional(),
});
export type Program = z.infer<typeof Program>;

export const Entity = z.discriminatedUnion('kind', [Skill, Outcome, Assessment, Activity, Credential, Program]);
export type Entity = z.infer<typeof Entity>;
export type EntityKind = Entity['kind'];
export type EntityOfKind<K extends EntityKind> = Extract<Entity, { kind: K }>;

export const ENTITY_KINDS = ['skill', 'outcome', 'assessment', 'activity', 'credential', 'program'] as const satisfies readonly EntityKind[];

export const ENTITY_SCHEMAS = {
  skill: Skill,
  outcome: Outcome,
  assessment: Assessment,
  activity: Activity,
  credential: Credential,
  program: Program,
} as const;

/** The line a person reads for an entity: statement for skills and outcomes, else title. */
export function entityLabel(e: Entity): string {
  return e.kind === 'skill' || e.kind === 'outcome' ? e.statement : e.title;
}

import { z } from 'zod';

/** Controlled vocabularies shared by entities, analysis and export. */

export const SkillType = z.enum(['knowledge', 'skill', 'competence']);
export type SkillType = z.infer<typeof SkillType>;

export const Importance = z.enum(['essential', 'optional']);
export type Importance = z.infer<typeof Importance>;

export const Proficiency = z.enum(['foundational', 'intermediate', 'advanced', 'expert']);
export type Proficiency = z.infer<typeof Proficiency>;

/** Bloom's revised taxonomy, lowest to highest. */
export const BloomLevel = z.enum(['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create']);
export type BloomLevel = z.infer<typeof BloomLevel>;

export const AssessmentType = z.enum([
  'exam',
  'quiz',
  'project',
  'portfolio',
  'practical',
  'presentation',
  'case-study',
  'simulation',
  'observation',
  'other',
]);
export type AssessmentType = z.infer<typeof AssessmentType>;

export const Supervision = z.enum(['none', 'online-proctored', 'onsite-proctored', 'workplace-supervisor', 'assessor-observed']);
export type Supervision = z.infer<typeof Supervision>;

export const IdentityVerification = z.enum(['none', 'login', 'photo-id', 'online-id-check', 'in-person']);
export type IdentityVerification = z.infer<typeof IdentityVerification>;

export const GradingScheme = z.enum(['pass-fail', 'competent-not-yet', 'letter', 'percentage', 'distinction-merit-pass']);
export type GradingScheme = z.infer<typeof GradingScheme>;

export const DeliveryMode = z.enum(['online', 'onsite', 'blended', 'work-based', 'self-paced']);
export type DeliveryMode = z.infer<typeof DeliveryMode>;

/** EU Annex I "form of participation in the learning activity". */
export const Participation = z.enum(['online', 'onsite', 'blended', 'work-based', 'volunteering']);
export type Participation = z.infer<typeof Participation>;

/** A credential's place in the review cycle; each step is an approval record. */
export const CredentialStatus = z.enum(['draft', 'in-review', 'changes-requested', 'approved', 'published', 'retired']);
export type CredentialStatus = z.infer<typeof CredentialStatus>;

/** EHEA cycle a credential sits in, where applicable. */
export const Cycle = z.enum(['short', 'first', 'second', 'third']);
export type Cycle = z.infer<typeof Cycle>;

/** How far a skill is taken by an outcome. */
export const LinkLevel = z.enum(['introduced', 'reinforced', 'mastered']);
export type LinkLevel = z.infer<typeof LinkLevel>;

export const PersonRole = z.enum(['designer', 'advisor', 'reviewer', 'other']);
export type PersonRole = z.infer<typeof PersonRole>;

/**
 * Credit systems. Each unit carries its conventional notional hours per credit, used for
 * workload arithmetic unless the map overrides it.
 */
export const CreditUnit = z.enum(['us-credit-hour', 'ects', 'nz-credit', 'uk-cats', 'ceu', 'other']);
export type CreditUnit = z.infer<typeof CreditUnit>;

export const CREDIT_UNITS: Record<CreditUnit, { label: string; short: string; hoursPerCredit: number | undefined }> = {
  // 1 credit hour ≈ 15 contact hours + 30 hours of student work.
  'us-credit-hour': { label: 'US credit hours', short: 'credit hours', hoursPerCredit: 45 },
  // ECTS: 25–30 hours per credit; 27.5 is the midpoint used for arithmetic.
  ects: { label: 'ECTS credits', short: 'ECTS', hoursPerCredit: 27.5 },
  'nz-credit': { label: 'NZ credits', short: 'NZ credits', hoursPerCredit: 10 },
  'uk-cats': { label: 'UK CATS credits', short: 'CATS', hoursPerCredit: 10 },
  ceu: { label: 'Continuing Education Units', short: 'CEU', hoursPerCredit: 10 },
  other: { label: 'Other credits', short: 'credits', hoursPerCredit: undefined },
};

/**
 * The unit's name after a number in running text: "US credit hours", "1 ECTS credit". The
 * "other" unit (an institution's own credit points) is plain "credits": its label "Other
 * credits" names a choice in a list, not a unit ("10 Other credits").
 */
export function creditUnitName(unit: CreditUnit, value: number): string {
  const label = unit === 'other' ? 'credits' : CREDIT_UNITS[unit].label;
  return value === 1 ? label.replace(/s$/, '') : label;
}

/** Accreditation profiles a map can enable. */
export const ProfileId = z.enum(['eu-2022', 'unesco-2022', 'nzqa', 'au-nmf', 'us-credit-hours', 'house']);
export type ProfileId = z.infer<typeof ProfileId>;

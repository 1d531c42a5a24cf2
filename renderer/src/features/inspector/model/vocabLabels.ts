import {
  AssessmentType,
  BloomLevel,
  CREDIT_UNITS,
  CreditUnit,
  CredentialStatus,
  Cycle,
  DeliveryMode,
  GradingScheme,
  IdentityVerification,
  Importance,
  LinkLevel,
  Participation,
  ProfileId,
  Proficiency,
  SkillType,
  Supervision,
  type EntityKind,
  type LinkKind,
} from '../../../../../shared/model';
// The same words as the exported documents, so the form and the Word file never disagree.
import { ASSESSMENT_TYPE, DELIVERY, GRADING, IDENTITY, SUPERVISION } from '../../../../../shared/export/labels';

/** One choice of a select or checkbox group: the stored value and what a person reads. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

function options<V extends string>(values: readonly V[], labels: Record<V, string>): readonly Option<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const SKILL_TYPE_OPTIONS = options(SkillType.options, { knowledge: 'Knowledge', skill: 'Skill', competence: 'Competence' });
export const IMPORTANCE_OPTIONS = options(Importance.options, { essential: 'Essential', optional: 'Optional' });
export const PROFICIENCY_OPTIONS = options(Proficiency.options, {
  foundational: 'Foundational',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
  expert: 'Expert',
});
export const BLOOM_OPTIONS = options(BloomLevel.options, {
  remember: 'Remember',
  understand: 'Understand',
  apply: 'Apply',
  analyse: 'Analyse',
  evaluate: 'Evaluate',
  create: 'Create',
});
export const ASSESSMENT_TYPE_OPTIONS = options(AssessmentType.options, ASSESSMENT_TYPE);
export const SUPERVISION_OPTIONS = options(Supervision.options, SUPERVISION);
export const IDENTITY_OPTIONS = options(IdentityVerification.options, IDENTITY);
export const GRADING_OPTIONS = options(GradingScheme.options, GRADING);
export const DELIVERY_OPTIONS = options(DeliveryMode.options, DELIVERY);
export const PARTICIPATION_OPTIONS = options(Participation.options, {
  online: 'Online',
  onsite: 'On-site',
  blended: 'Blended',
  'work-based': 'Work-based',
  volunteering: 'Volunteering',
});
export const STATUS_OPTIONS = options(CredentialStatus.options, {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  retired: 'Retired',
});
export const CYCLE_OPTIONS = options(Cycle.options, {
  short: 'Short cycle',
  first: 'First cycle (bachelor)',
  second: 'Second cycle (master)',
  third: 'Third cycle (doctorate)',
});
export const LINK_LEVEL_OPTIONS = options(LinkLevel.options, { introduced: 'Introduced', reinforced: 'Reinforced', mastered: 'Mastered' });
export const CREDIT_UNIT_OPTIONS: readonly Option<CreditUnit>[] = CreditUnit.options.map((value) => ({ value, label: CREDIT_UNITS[value].label }));
export const EQF_OPTIONS: readonly Option[] = Array.from({ length: 8 }, (_, i) => ({ value: String(i + 1), label: `EQF level ${i + 1}` }));
export const PROFILE_OPTIONS = options(ProfileId.options, {
  'eu-2022': 'EU Council Recommendation 2022',
  'unesco-2022': 'UNESCO 2022',
  nzqa: 'New Zealand (NZQA)',
  'au-nmf': 'Australia, National Microcredentials Framework',
  'us-credit-hours': 'US credit hours (institutional practice)',
  house: 'House rules',
});

/** What each kind of record is called in the inspector's header. */
export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  skill: 'Skill requirement',
  outcome: 'Learning outcome',
  assessment: 'Assessment',
  activity: 'Learning activity',
  credential: 'Micro-credential',
  program: 'Program',
};

/** Plural nouns for the multi-selection summary. */
export const ENTITY_KIND_PLURALS: Record<EntityKind, [one: string, many: string]> = {
  skill: ['skill', 'skills'],
  outcome: ['outcome', 'outcomes'],
  assessment: ['assessment', 'assessments'],
  activity: ['activity', 'activities'],
  credential: ['credential', 'credentials'],
  program: ['program', 'programs'],
};

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  addresses: 'Skill addressed by outcome',
  'assessed-by': 'Outcome assessed by assessment',
  develops: 'Activity develops outcome',
  'part-of': 'Outcome part of credential',
  'stacks-into': 'Credential stacks into program',
  requires: 'Credential requires credential',
};

/** The label of a stored value, or the value itself when it is not in the list. */
export function optionLabel(list: readonly Option[], value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return list.find((o) => o.value === value)?.label ?? value;
}

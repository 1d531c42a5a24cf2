import type { EntityKind, LinkKind } from '../../../../../shared/model';
import { CREDENTIAL_FIELDS } from './credentialFields';
import type { EntityFieldPath, FieldDescriptor, FieldSpec, LinkFieldPath, SettingsFieldPath, SpecTable } from './fieldTypes';
import {
  ASSESSMENT_TYPE_OPTIONS,
  BLOOM_OPTIONS,
  CREDIT_UNIT_OPTIONS,
  DELIVERY_OPTIONS,
  EQF_OPTIONS,
  GRADING_OPTIONS,
  IDENTITY_OPTIONS,
  IMPORTANCE_OPTIONS,
  LINK_LEVEL_OPTIONS,
  PROFICIENCY_OPTIONS,
  PROFILE_OPTIONS,
  SKILL_TYPE_OPTIONS,
  SUPERVISION_OPTIONS,
  type Option,
} from './vocabLabels';

const text = { type: 'text' } as const;
const long = { type: 'text', multiline: true } as const;
const hours = { type: 'number', unit: 'hours' } as const;

const SKILL_FIELDS: SpecTable<EntityFieldPath<'skill'>> = {
  statement: { label: 'Statement', required: true, input: long },
  description: { label: 'Description', required: false, input: long },
  skillType: { label: 'Skill type', required: true, input: { type: 'select', options: SKILL_TYPE_OPTIONS } },
  importance: { label: 'Importance', required: true, input: { type: 'select', options: IMPORTANCE_OPTIONS } },
  proficiency: { label: 'Required proficiency', required: false, input: { type: 'select', options: PROFICIENCY_OPTIONS, emptyLabel: 'Not stated' } },
  group: { label: 'Group', required: false, input: text, hint: 'A grouping label, e.g. the parent concept in the framework.' },
  altLabels: { label: 'Other names', required: false, input: { type: 'list', itemLabel: 'name' }, hint: 'Alternative labels the framework gives the skill; job postings and suggestions match them too.' },
  'source.framework': { label: 'Framework', required: false, input: { type: 'text', placeholder: 'ESCO, O*NET, NICE, SFIA, Employer…' } },
  'source.code': { label: 'Code', required: false, input: text },
  'source.uri': { label: 'URI', required: false, input: { type: 'text', placeholder: 'https://…' } },
  'source.release': { label: 'Release', required: false, input: { type: 'text', placeholder: 'ESCO v1.2.0' }, hint: 'The framework release the skill was taken from.' },
  'demand.employers': { label: 'Employers asking for it', required: false, input: { type: 'list', itemLabel: 'employer' } },
  'demand.jobPostings': { label: 'Job postings', required: false, input: { type: 'number', integer: true, unit: 'postings' } },
  'demand.postingsTotal': { label: 'Postings searched', required: false, input: { type: 'number', integer: true, unit: 'postings' }, hint: 'All postings counted, so the number above reads “84 of 212”.' },
  'demand.from': { label: 'Earliest posting', required: false, input: { type: 'text', placeholder: '2025-01-31' } },
  'demand.to': { label: 'Latest posting', required: false, input: { type: 'text', placeholder: '2025-12-31' } },
  'demand.region': { label: 'Labour market', required: false, input: { type: 'text', placeholder: 'Northfield metro' } },
  'demand.notes': { label: 'Notes on demand', required: false, input: long, hint: 'Advisor notes; the period the job postings were counted over.' },
};

const OUTCOME_FIELDS: SpecTable<EntityFieldPath<'outcome'>> = {
  statement: { label: 'Statement', required: true, input: long, hint: 'Start with the main verb: "Configure…", "Analyse…".' },
  code: { label: 'Code', required: false, input: { type: 'text', placeholder: 'e.g. LO3' } },
  bloomOverride: { label: 'Bloom level', required: false, input: { type: 'select', options: BLOOM_OPTIONS, emptyLabel: 'Derived from the verb' } },
  criteria: { label: 'Criteria and conditions', required: false, input: long },
};

const ASSESSMENT_FIELDS: SpecTable<EntityFieldPath<'assessment'>> = {
  title: { label: 'Title', required: true, input: text },
  assessmentType: { label: 'Type', required: true, input: { type: 'select', options: ASSESSMENT_TYPE_OPTIONS } },
  description: { label: 'Description', required: false, input: long },
  weighting: { label: 'Weighting', required: false, input: { type: 'number', unit: '%' }, hint: "Share of the credential's final result." },
  supervision: { label: 'Supervision', required: false, input: { type: 'select', options: SUPERVISION_OPTIONS, emptyLabel: 'Not stated' } },
  identityVerification: { label: 'Identity verification', required: false, input: { type: 'select', options: IDENTITY_OPTIONS, emptyLabel: 'Not stated' } },
  gradingScheme: { label: 'Grading scheme', required: false, input: { type: 'select', options: GRADING_OPTIONS, emptyLabel: 'Not stated' } },
};

const ACTIVITY_FIELDS: SpecTable<EntityFieldPath<'activity'>> = {
  title: { label: 'Title', required: true, input: text },
  description: { label: 'Description', required: false, input: long },
  deliveryMode: { label: 'Delivery mode', required: true, input: { type: 'select', options: DELIVERY_OPTIONS } },
  contactHours: { label: 'Contact hours', required: true, input: hours, hint: 'Scheduled hours with a teacher.' },
  selfStudyHours: { label: 'Self-study hours', required: true, input: hours, hint: 'Independent study.' },
};

const PROGRAM_FIELDS: SpecTable<EntityFieldPath<'program'>> = {
  title: { label: 'Title', required: true, input: text },
  level: { label: 'Award level', required: false, input: { type: 'text', placeholder: "e.g. Bachelor's degree" } },
  eqfLevel: { label: 'EQF level', required: false, input: { type: 'select', options: EQF_OPTIONS, numeric: true, emptyLabel: 'Not stated' } },
  totalCredits: { label: 'Total credits', required: false, input: { type: 'credits' } },
  awardingBody: { label: 'Awarding body', required: false, input: text },
  url: { label: 'Web page', required: false, input: { type: 'text', placeholder: 'https://…' } },
};

export const ENTITY_FIELDS: { readonly [K in EntityKind]: SpecTable<EntityFieldPath<K>> } = {
  skill: SKILL_FIELDS,
  outcome: OUTCOME_FIELDS,
  assessment: ASSESSMENT_FIELDS,
  activity: ACTIVITY_FIELDS,
  credential: CREDENTIAL_FIELDS,
  program: PROGRAM_FIELDS,
};

export const LINK_FIELDS: { readonly [K in LinkKind]: SpecTable<LinkFieldPath<K>> } = {
  addresses: { level: { label: 'Level', required: true, input: { type: 'select', options: LINK_LEVEL_OPTIONS } } },
  'assessed-by': {},
  develops: {},
  'part-of': {
    order: { label: 'Position in the list', required: false, input: { type: 'number', integer: true, unit: 'position' }, hint: "1 for the credential's first outcome; empty for unordered." },
  },
  'stacks-into': {
    creditsRecognised: { label: 'Credits recognised', required: false, input: { type: 'number', unit: 'credits' }, hint: "In the program's credit unit." },
  },
  requires: {},
};

export const SETTINGS_FIELDS: SpecTable<SettingsFieldPath> = {
  title: { label: 'Map title', required: true, input: text },
  institution: { label: 'Institution', required: false, input: text },
  country: { label: 'Country', required: false, input: text },
  creditUnit: { label: 'Credit system', required: true, input: { type: 'select', options: CREDIT_UNIT_OPTIONS } },
  hoursPerCredit: { label: 'Hours per credit', required: false, input: { type: 'number', unit: 'h per credit' } },
  profiles: { label: 'Accreditation profiles', required: false, input: { type: 'checkboxes', options: PROFILE_OPTIONS, keepEmpty: true } },
  'house.name': { label: 'Name of the house rules', required: false, input: text },
  'house.maxCredits': { label: 'Most credits a credential may carry', required: false, input: { type: 'number', unit: 'credits' } },
  'house.minOutcomes': { label: 'Fewest outcomes', required: false, input: { type: 'number', integer: true, unit: 'outcomes' } },
  'house.maxOutcomes': { label: 'Most outcomes', required: false, input: { type: 'number', integer: true, unit: 'outcomes' } },
  'house.requiredFields': { label: 'Credential fields that must be filled in', required: false, input: { type: 'checkboxes', options: optionalCredentialFields(), keepEmpty: true } },
};

/** Credential fields a house may insist on: the ones the model itself leaves optional. */
function optionalCredentialFields(): readonly Option[] {
  return Object.entries(CREDENTIAL_FIELDS as Readonly<Record<string, FieldSpec>>)
    .filter(([, spec]) => !spec.required)
    .map(([value, spec]) => ({ value, label: spec.label }));
}

function describe(table: Readonly<Record<string, FieldSpec>>, path: string): FieldDescriptor {
  const spec = table[path];
  if (!spec) throw new Error(`no field descriptor for "${path}"`);
  return { path, ...spec };
}

export function entityField<K extends EntityKind>(kind: K, path: EntityFieldPath<K>): FieldDescriptor {
  return describe(ENTITY_FIELDS[kind], path);
}

export function linkField<K extends LinkKind>(kind: K, path: LinkFieldPath<K>): FieldDescriptor {
  return describe(LINK_FIELDS[kind], path);
}

export function settingsField(path: SettingsFieldPath): FieldDescriptor {
  return describe(SETTINGS_FIELDS, path);
}

/** The label of any field path of a kind, for messages that name another field. */
export function labelOf(kind: EntityKind, path: string): string | undefined {
  return (ENTITY_FIELDS[kind] as Readonly<Record<string, FieldSpec>>)[path]?.label;
}

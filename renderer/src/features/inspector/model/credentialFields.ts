import type { EntityFieldPath, SpecTable } from './fieldTypes';
import { CYCLE_OPTIONS, EQF_OPTIONS, PARTICIPATION_OPTIONS, STATUS_OPTIONS } from './vocabLabels';

const text = { type: 'text' } as const;
const long = { type: 'text', multiline: true } as const;

/** Every credential field, worded after EU Council Recommendation 2022/C 243/02, Annex I. */
export const CREDENTIAL_FIELDS: SpecTable<EntityFieldPath<'credential'>> = {
  // Identity & status
  title: { label: 'Title', required: true, input: text },
  code: { label: 'Code', required: false, input: { type: 'text', placeholder: 'e.g. NSU-CYBR-PC1' } },
  version: { label: 'Version', required: true, input: { type: 'text', placeholder: 'e.g. 1.0' } },
  status: { label: 'Status', required: true, input: { type: 'select', options: STATUS_OPTIONS } },
  language: {
    label: 'Language of instruction',
    required: true,
    input: { type: 'text', placeholder: 'en' },
    hint: 'A language tag such as "en" or "fr-BE".',
  },
  targetAudience: { label: 'Target audience', required: false, input: long },
  url: { label: 'Web page', required: false, input: { type: 'text', placeholder: 'https://…' } },
  description: { label: 'Description', required: false, input: long },

  // EU Annex I — mandatory
  learnerIdentification: {
    label: 'Identification of the learner',
    required: false,
    input: long,
    hint: 'How the learner is identified on the issued credential.',
  },
  issuerCountry: { label: 'Country / region of the issuer', required: false, input: text },
  awardingBody: { label: 'Awarding body', required: false, input: text },
  dateOfIssue: {
    label: 'Date of issuing',
    required: false,
    input: long,
    hint: 'An ISO date, or a rule such as "on successful completion".',
  },
  workloadHours: {
    label: 'Notional workload',
    required: false,
    input: { type: 'number', unit: 'hours' },
    hint: 'Notional learning hours for a typical learner — hours, not credits.',
  },
  credits: { label: 'Credits', required: false, input: { type: 'credits' } },
  eqfLevel: { label: 'EQF level', required: false, input: { type: 'select', options: EQF_OPTIONS, numeric: true, emptyLabel: 'Not stated' } },
  cycle: { label: 'Cycle (EHEA)', required: false, input: { type: 'select', options: CYCLE_OPTIONS, emptyLabel: 'Not applicable' } },
  nqfLevel: { label: 'National framework level', required: false, input: { type: 'text', placeholder: 'e.g. NZQF Level 5, AQF 6' } },
  assessmentType: {
    label: 'Type of assessment',
    required: false,
    input: long,
    hint: 'In words; the linked assessments give the detail.',
  },
  participation: { label: 'Form of participation', required: false, input: { type: 'checkboxes', options: PARTICIPATION_OPTIONS } },
  qualityAssurance: { label: 'Type of quality assurance', required: false, input: long },

  // EU Annex I — optional
  prerequisites: { label: 'Prerequisites', required: false, input: long },
  supervisionAndIdentity: { label: 'Supervision and identity verification', required: false, input: long, hint: 'During assessment.' },
  gradeAchieved: { label: 'Grade achieved', required: false, input: long },
  stackability: { label: 'Integration / stackability options', required: false, input: long },
  furtherInformation: { label: 'Further information', required: false, input: long },

  // Other frameworks
  industryNeed: {
    label: 'Industry need',
    required: false,
    input: long,
    hint: 'Evidence of need from employers, industry or community (NZQA, Australia).',
  },
  nonDuplication: {
    label: 'Non-duplication',
    required: false,
    input: long,
    hint: 'Why it does not duplicate existing approved learning (NZQA).',
  },
  reviewCycleMonths: {
    label: 'Review cycle',
    required: false,
    input: { type: 'number', integer: true, unit: 'months', placeholder: 'e.g. 24' },
    hint: 'How often the specification is reviewed.',
  },
  validityMonths: {
    label: 'Validity',
    required: false,
    input: { type: 'number', integer: true, unit: 'months' },
    hint: 'How long an issued credential stays valid; leave empty for no expiry.',
  },
};

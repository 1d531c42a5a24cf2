import { credentialName } from '../text';
import { ECTS_HOURS_RANGE, ectsEquivalent, ectsPerCredit, num } from '../credits';
import { defineRule, type AnyRule, type Profile } from '../types';
import { elementRule, isFilled } from './fields';
import type { Credential } from '../../model';
import type { RuleContext } from '../context';

/**
 * EU Council Recommendation of 16 June 2022 on a European approach to micro-credentials
 * for lifelong learning and employability (2022/C 243/02), Annex I: the elements that
 * describe a micro-credential. Mandatory elements missing are errors; optional ones are
 * reported as info, since a fuller description helps recognition.
 */

const group = 'eu-2022';
const ANNEX = 'EU Annex I';
const mandatory = (c: Credential, element: string) => `${credentialName(c)} does not state ${element} (${ANNEX}, mandatory element).`;
const optional = (c: Credential, element: string) => `${credentialName(c)} does not state ${element} (${ANNEX}, optional element).`;

const hasAssessment = (c: Credential, ctx: RuleContext) => ctx.credential(c).assessments.length > 0;

const mandatoryRules: AnyRule[] = [
  elementRule({
    id: 'eu-2022/learner-identification',
    group,
    severity: 'error',
    reads: [],
    title: 'Identification of the learner',
    field: 'learnerIdentification',
    message: (c) => mandatory(c, 'how the learner is identified on the issued credential'),
    fix: () => 'Describe it, e.g. “Full name and student ID, checked against photo ID at enrolment”.',
  }),
  elementRule({
    id: 'eu-2022/title',
    group,
    severity: 'error',
    reads: [],
    title: 'Title of the micro-credential',
    field: 'title',
    message: () => `A credential has no title (${ANNEX}, mandatory element).`,
    fix: () => 'Give it a title that says what the learner can do.',
  }),
  elementRule({
    id: 'eu-2022/issuer-country',
    group,
    severity: 'error',
    reads: ['settings'],
    title: 'Country or region of the issuer',
    field: 'issuerCountry',
    message: (c) => mandatory(c, 'the country or region of its issuer'),
    fix: (_c, ctx) => (ctx.settings.country ? `Set it, e.g. to “${ctx.settings.country}” (the map's country).` : 'Set the country or region of the awarding body.'),
  }),
  elementRule({
    id: 'eu-2022/awarding-body',
    group,
    severity: 'error',
    reads: ['settings'],
    title: 'Awarding body',
    field: 'awardingBody',
    message: (c) => mandatory(c, 'its awarding body'),
    fix: (_c, ctx) => (ctx.settings.institution ? `Name the body that issues it, e.g. “${ctx.settings.institution}”.` : 'Name the institution that issues it.'),
  }),
  elementRule({
    id: 'eu-2022/date-of-issue',
    group,
    severity: 'error',
    reads: [],
    title: 'Date of issuing',
    field: 'dateOfIssue',
    message: (c) => mandatory(c, 'its date of issuing'),
    fix: () => 'State when it is issued, e.g. “On successful completion; the date of issue is printed on the credential”.',
  }),
  elementRule({
    id: 'eu-2022/learning-outcomes',
    group,
    severity: 'error',
    reads: ['credential-view'],
    title: 'Learning outcomes',
    present: (c, ctx) => ctx.credential(c).outcomes.length > 0,
    message: (c) => `${credentialName(c)} has no learning outcomes (${ANNEX}, mandatory element).`,
    fix: () => 'Link the outcomes a holder has achieved to the credential (outcome → credential “part of”).',
  }),
  elementRule({
    id: 'eu-2022/workload',
    group,
    severity: 'error',
    reads: [],
    title: 'Notional workload needed to achieve the learning outcomes (in ECTS wherever possible)',
    field: 'workloadHours',
    present: (c) => c.workloadHours !== undefined || c.credits !== undefined,
    message: (c) => mandatory(c, 'its notional workload'),
    fix: () => 'State the notional hours of a typical learner and the credit value, in ECTS wherever possible (1 ECTS = 25–30 hours).',
  }),
  elementRule({
    id: 'eu-2022/level',
    group,
    severity: 'error',
    reads: [],
    title: 'Level (EQF, and cycle if applicable)',
    field: 'eqfLevel',
    message: (c) => mandatory(c, `its level on the European Qualifications Framework${c.nqfLevel ? ` (only the national level “${c.nqfLevel}” is given)` : ''}`),
    fix: () => 'Set the EQF level (1–8) of the learning, through the national framework’s referencing to the EQF; add the cycle if it is part of higher education.',
  }),
  elementRule({
    id: 'eu-2022/assessment-type',
    group,
    severity: 'error',
    reads: ['credential-view'],
    title: 'Type of assessment',
    field: 'assessmentType',
    present: (c, ctx) => isFilled(c.assessmentType) || hasAssessment(c, ctx),
    message: (c) => mandatory(c, 'its type of assessment: it has no assessment linked to its outcomes and no assessment type'),
    fix: () => 'Link its outcomes to the assessments that evidence them, or describe the type of assessment.',
  }),
  elementRule({
    id: 'eu-2022/participation',
    group,
    severity: 'error',
    reads: [],
    title: 'Form of participation in the learning activity',
    field: 'participation',
    message: (c) => mandatory(c, 'the form of participation (online, onsite, blended, work-based, volunteering)'),
    fix: () => 'Choose the form(s) of participation.',
  }),
  elementRule({
    id: 'eu-2022/quality-assurance',
    group,
    severity: 'error',
    reads: [],
    title: 'Type of quality assurance used to underpin the micro-credential',
    field: 'qualityAssurance',
    message: (c) => mandatory(c, 'the type of quality assurance that underpins it'),
    fix: () => 'Describe it, e.g. internal approval by the curriculum committee and the institution’s external accreditation.',
  }),
];

const optionalRules: AnyRule[] = [
  elementRule({
    id: 'eu-2022/prerequisites',
    group,
    severity: 'info',
    reads: ['links'],
    title: 'Prerequisites needed to enrol',
    field: 'prerequisites',
    present: (c, ctx) => isFilled(c.prerequisites) || ctx.graph.from(c.id, 'requires').length > 0,
    message: (c) => optional(c, 'prerequisites for enrolling'),
    fix: () => 'State them, or “None”.',
  }),
  elementRule({
    id: 'eu-2022/supervision-identity',
    group,
    severity: 'info',
    reads: ['credential-view'],
    title: 'Supervision and identity verification during assessment',
    field: 'supervisionAndIdentity',
    present: (c, ctx) =>
      isFilled(c.supervisionAndIdentity) || ctx.credential(c).assessments.some((a) => a.supervision !== undefined || a.identityVerification !== undefined),
    message: (c) => optional(c, 'how assessment is supervised and identity verified'),
    fix: () => 'Describe it, or set supervision and identity verification on its assessments.',
  }),
  elementRule({
    id: 'eu-2022/grade',
    group,
    severity: 'info',
    reads: ['credential-view'],
    title: 'Grade achieved',
    field: 'gradeAchieved',
    present: (c, ctx) => isFilled(c.gradeAchieved) || ctx.credential(c).assessments.some((a) => a.gradingScheme !== undefined),
    message: (c) => optional(c, 'how the grade achieved is expressed'),
    fix: () => 'Describe the grading, or set the grading scheme of its assessments.',
  }),
  elementRule({
    id: 'eu-2022/stackability',
    group,
    severity: 'info',
    reads: ['links'],
    title: 'Integration and stackability options',
    field: 'stackability',
    present: (c, ctx) => isFilled(c.stackability) || ctx.graph.from(c.id, 'stacks-into').length > 0,
    message: (c) => optional(c, 'integration or stackability options'),
    fix: () => 'Link it to the programs it stacks into, or describe how it can be combined with other credentials.',
  }),
  elementRule({
    id: 'eu-2022/further-information',
    group,
    severity: 'info',
    reads: [],
    title: 'Further information',
    field: 'furtherInformation',
    present: (c) => isFilled(c.furtherInformation) || isFilled(c.url),
    message: (c) => optional(c, 'further information or a web page'),
    fix: () => 'Add a web address or further information for learners and employers.',
  }),
];

/**
 * The workload in ECTS wherever possible. A credential in another unit whose notional hours
 * are known has its ECTS equivalent worked out (`ectsEquivalent`, the one conversion) and
 * stated in the specification, so the element is met; only one whose hours cannot be read
 * (credits in a unit without hours per credit, and no stated workload) falls short.
 */
export const workloadInEcts = defineRule({
  id: 'eu-2022/workload-ects',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'info',
  title: 'Workload expressed in ECTS wherever possible',
  check(c, ctx, emit) {
    if (!c.credits || c.credits.unit === 'ects') return;
    if (ectsEquivalent(c, ctx.settings)) return;
    emit({
      target: c.id,
      field: 'credits',
      message: `${credentialName(c)} states its credits in a unit without hours per credit and no notional workload, so no ECTS equivalent can be given; ${ANNEX} asks for the workload in ECTS wherever possible.`,
      fix: `State its notional workload in hours: the specification then gives the ECTS equivalent at ${num(ectsPerCredit(ctx.settings))} hours per credit (the EU's range is ${ECTS_HOURS_RANGE.min}–${ECTS_HOURS_RANGE.max}).`,
    });
  },
});

export const EU_2022: Profile = {
  id: 'eu-2022',
  name: 'EU Council Recommendation 2022',
  citation: 'Council Recommendation of 16 June 2022 on a European approach to micro-credentials for lifelong learning and employability (2022/C 243/02), Annex I',
  rules: [...mandatoryRules, ...optionalRules, workloadInEcts],
};

import { creditsToHours, num } from '../credits';
import { credentialName, listing, outcomeName } from '../text';
import { defineRule, type AnyRule, type Profile } from '../types';
import { elementRule } from './fields';
import type { Credential, Settings } from '../../model';

/**
 * Australia: National Microcredentials Framework (Department of Education, Skills and
 * Employment, November 2021), minimum standards: at least one hour of learning and less
 * than a full AQF award; learning outcomes clearly stated; assessment that evidences them;
 * volume of learning stated; industry engagement; quality assurance (a statement from
 * providers outside regulation).
 */

const group = 'au-nmf';
/** AQF Second Edition (2013): the smallest award, a Certificate I, is 0.5–1 year; a year is 1,200 hours. */
const SMALLEST_AQF_AWARD_HOURS = 600;

/** Volume of learning in hours: stated workload, else credits converted to hours. */
export function volumeOfLearning(c: Credential, settings: Settings): number | undefined {
  return c.workloadHours ?? (c.credits ? creditsToHours(c.credits, settings) : undefined);
}

export const volume = defineRule({
  id: 'au-nmf/volume-of-learning',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'error',
  title: 'Volume of learning stated, at least one hour',
  check(c, ctx, emit) {
    const hours = volumeOfLearning(c, ctx.settings);
    if (hours !== undefined && hours >= 1) return;
    emit({
      target: c.id,
      field: 'workloadHours',
      message:
        hours === undefined
          ? `${credentialName(c)} does not state its volume of learning (Australian NMF).`
          : `${credentialName(c)} is ${num(hours)} hours; the Australian NMF requires at least one hour of learning.`,
      fix: 'State the notional hours of learning (at least 1).',
    });
  },
});

export const lessThanAward = defineRule({
  id: 'au-nmf/less-than-award',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'warning',
  title: 'Smaller than a full AQF award',
  check(c, ctx, emit) {
    const hours = volumeOfLearning(c, ctx.settings);
    if (hours === undefined || hours < SMALLEST_AQF_AWARD_HOURS) return;
    emit({
      target: c.id,
      field: 'workloadHours',
      message: `${credentialName(c)} is ${num(hours)} hours, as large as a full AQF award (a Certificate I is 0.5–1 year, from 600 hours); a microcredential must be smaller (Australian NMF).`,
      fix: 'Split it into smaller microcredentials, or propose it as an AQF qualification.',
    });
  },
});

export const outcomesStated = defineRule({
  id: 'au-nmf/outcomes',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'error',
  title: 'Learning outcomes clearly stated',
  check(c, ctx, emit) {
    if (ctx.credential(c).outcomes.length) return;
    emit({
      target: c.id,
      message: `${credentialName(c)} states no learning outcomes (Australian NMF).`,
      fix: 'Link its learning outcomes to it.',
    });
  },
});

export const assessmentEvidences = defineRule({
  id: 'au-nmf/assessment',
  group,
  scope: 'credential',
  reads: ['credential-view'],
  severity: 'error',
  title: 'Assessment evidences every outcome',
  check(c, ctx, emit) {
    const { outcomes, unassessed } = ctx.credential(c);
    if (!outcomes.length || !unassessed.length) return;
    emit({
      target: unassessed[0]!.id,
      message: `${listing(unassessed, outcomeName)} of ${credentialName(c)} ${unassessed.length === 1 ? 'is' : 'are'} not evidenced by any assessment (Australian NMF).`,
      fix: 'Link each outcome to the assessment that evidences it.',
    });
  },
});

const rules: AnyRule[] = [
  volume,
  lessThanAward,
  outcomesStated,
  assessmentEvidences,
  elementRule({
    id: 'au-nmf/industry-need',
    group,
    severity: 'error',
    reads: [],
    title: 'Industry need and engagement',
    field: 'industryNeed',
    message: (c) => `${credentialName(c)} does not state the industry need it meets (Australian NMF).`,
    fix: () => 'Describe the industry need and who was consulted.',
  }),
  elementRule({
    id: 'au-nmf/quality-assurance',
    group,
    severity: 'warning',
    reads: [],
    title: 'Quality-assurance statement',
    field: 'qualityAssurance',
    message: (c) => `${credentialName(c)} has no quality-assurance statement; providers outside TEQSA/ASQA regulation must give one (Australian NMF).`,
    fix: () => 'Describe the quality assurance the credential goes through.',
  }),
];

export const AU_NMF: Profile = {
  id: 'au-nmf',
  name: 'Australia, National Microcredentials Framework',
  citation: 'National Microcredentials Framework, Department of Education, Skills and Employment (Australia), November 2021: minimum standards',
  rules,
};

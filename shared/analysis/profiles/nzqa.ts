import { formatCredits, hoursPerCredit, num } from '../credits';
import { credentialName, listing } from '../text';
import { defineRule, type AnyRule, type Profile } from '../types';
import { elementRule } from './fields';
import type { Credential, Settings } from '../../model';

/**
 * New Zealand: NZQA Qualification and Micro-credential Listing and Operational Rules 2022,
 * rule 6 (details listed; forbidden title words, rule 6.2; review period "usually 1–3
 * years", rule 6.1(g)), and NZQA's micro-credential approval criteria (5–40 credits, one
 * credit = 10 notional learning hours; strong evidence of need; no duplication of approved
 * learning).
 */

const group = 'nzqa';
const NZ_HOURS_PER_CREDIT = 10;

/**
 * Words rule 6.2 bars from a micro-credential title (they suggest a qualification), with
 * their common forms. Each pattern is matched as a whole word, case-insensitively.
 */
export const NZQA_FORBIDDEN_TITLE_WORDS: readonly { word: string; pattern: RegExp }[] = [
  { word: 'New Zealand', pattern: /\bnew\s+zealand\b/i },
  { word: 'national', pattern: /\bnational(?:ly)?\b/i },
  { word: 'diploma', pattern: /\bdiplomas?\b/i },
  { word: 'degree', pattern: /\bdegrees?\b/i },
  { word: 'bachelor', pattern: /\bbachelor(?:'?s)?\b/i },
  { word: 'master', pattern: /\bmaster(?:'?s)?\b/i },
  { word: 'doctor', pattern: /\bdoctor(?:ate|al|'?s)?\b/i },
  { word: 'undergraduate', pattern: /\bunder-?\s?graduate\b/i },
  { word: 'postgraduate', pattern: /\bpost-?\s?graduate\b/i },
];

/**
 * The credential's size in NZ credits: its credit value when in NZ credits, else its
 * credits converted through notional hours, else its workload hours / 10.
 */
export function nzCredits(c: Credential, settings: Settings): { value: number; how: string } | undefined {
  if (c.credits?.unit === 'nz-credit') return { value: c.credits.value, how: formatCredits(c.credits) };
  const per = c.credits ? hoursPerCredit(c.credits.unit, settings) : undefined;
  if (c.credits && per !== undefined) {
    const hours = c.credits.value * per;
    return { value: hours / NZ_HOURS_PER_CREDIT, how: `${formatCredits(c.credits)} = ${num(hours)} hours` };
  }
  if (c.workloadHours !== undefined) return { value: c.workloadHours / NZ_HOURS_PER_CREDIT, how: `${num(c.workloadHours)} notional hours` };
  return undefined;
}

export const creditValue = defineRule({
  id: 'nzqa/credit-value',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'error',
  title: 'Credit value stated',
  check(c, ctx, emit) {
    if (nzCredits(c, ctx.settings)) return;
    emit({
      target: c.id,
      field: 'credits',
      message: `${credentialName(c)} states no credit value NZQA can read (in NZ credits, or hours to convert).`,
      fix: 'Set its credits in NZ credits (1 credit = 10 notional learning hours).',
    });
  },
});

export const creditRange = defineRule({
  id: 'nzqa/credit-range',
  group,
  scope: 'credential',
  reads: ['settings'],
  severity: 'error',
  title: 'Credit value between 5 and 40 NZ credits',
  check(c, ctx, emit) {
    const nz = nzCredits(c, ctx.settings);
    if (!nz || (nz.value >= 5 - 1e-9 && nz.value <= 40 + 1e-9)) return;
    emit({
      target: c.id,
      field: 'credits',
      message: `${credentialName(c)} is ${num(nz.value)} NZ credits (${nz.how}); an NZQA micro-credential is 5–40 credits (50–400 notional hours).`,
      fix: nz.value < 5 ? 'Extend it to at least 5 credits (50 hours), or offer it as part of a larger micro-credential.' : 'Split it into micro-credentials of at most 40 credits each, or propose it as a qualification.',
    });
  },
});

export const titleWords = defineRule({
  id: 'nzqa/title-words',
  group,
  scope: 'credential',
  reads: [],
  severity: 'error',
  title: 'Title free of words that suggest a qualification',
  check(c, _ctx, emit) {
    const found = NZQA_FORBIDDEN_TITLE_WORDS.filter((w) => w.pattern.test(c.title)).map((w) => `“${w.word}”`);
    if (!found.length) return;
    emit({
      target: c.id,
      field: 'title',
      message: `The title ${credentialName(c)} contains ${listing(found)}, which NZQA does not allow in a micro-credential title (it suggests a qualification).`,
      fix: `Remove ${found.length === 1 ? 'the word' : 'the words'} ${listing(found)} from the title.`,
    });
  },
});

export const reviewPeriodRange = defineRule({
  id: 'nzqa/review-period-range',
  group,
  scope: 'credential',
  reads: [],
  severity: 'warning',
  title: 'Review period usually 1–3 years',
  check(c, _ctx, emit) {
    const m = c.reviewCycleMonths;
    if (m === undefined || (m >= 12 && m <= 36)) return;
    emit({
      target: c.id,
      field: 'reviewCycleMonths',
      message: `${credentialName(c)} is reviewed every ${m} months; NZQA expects a review period of usually 1–3 years.`,
      fix: m < 12 ? 'Set a review period of at least 12 months (reviewing more often is fine, but state the formal period).' : 'Review it at least every 36 months.',
    });
  },
});

const rules: AnyRule[] = [
  creditValue,
  creditRange,
  titleWords,
  elementRule({
    id: 'nzqa/evidence-of-need',
    group,
    severity: 'error',
    reads: [],
    title: 'Strong evidence of need from employers, industry or community',
    field: 'industryNeed',
    message: (c) => `${credentialName(c)} gives no evidence of need from employers, industry or community (NZQA).`,
    fix: () => 'Summarise the evidence: employers consulted, letters of support, job-posting data.',
  }),
  elementRule({
    id: 'nzqa/non-duplication',
    group,
    severity: 'error',
    reads: [],
    title: 'Does not duplicate existing approved learning',
    field: 'nonDuplication',
    message: (c) => `${credentialName(c)} does not say why it does not duplicate existing approved learning (NZQA).`,
    fix: () => 'State which approved qualifications and micro-credentials you compared it with, and how it differs.',
  }),
  elementRule({
    id: 'nzqa/review-period',
    group,
    severity: 'error',
    reads: [],
    title: 'Period for ongoing review stated',
    field: 'reviewCycleMonths',
    message: (c) => `${credentialName(c)} states no review period (NZQA rule 6.1: usually 1–3 years).`,
    fix: () => 'Set the review cycle, e.g. 24 months.',
  }),
  reviewPeriodRange,
  elementRule({
    id: 'nzqa/level',
    group,
    severity: 'error',
    reads: [],
    title: 'NZQCF level stated',
    field: 'nqfLevel',
    message: (c) => `${credentialName(c)} states no level on the NZ Qualifications and Credentials Framework (NZQA rule 6.1: credit value and level).`,
    fix: () => 'Set the national level, e.g. “NZQCF Level 5”.',
  }),
];

export const NZQA: Profile = {
  id: 'nzqa',
  name: 'New Zealand (NZQA)',
  citation: 'NZQA Qualification and Micro-credential Listing and Operational Rules 2022, rule 6; NZQA micro-credential approval criteria',
  rules,
};

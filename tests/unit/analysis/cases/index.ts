import { COVERAGE_CASES } from './coverage';
import { EU_2022_CASES } from './eu2022';
import { AU_NMF_CASES, HOUSE_CASES, NZQA_CASES, UNESCO_CASES, US_CASES } from './otherProfiles';
import { OUTCOME_QUALITY_CASES } from './outcomeQuality';
import { REVIEW_CYCLE_CASES } from './reviewCycle';
import type { RuleCase } from './ruleCase';
import { WORKLOAD_CASES } from './workload';

export const CASES_BY_GROUP: Readonly<Record<string, readonly RuleCase[]>> = {
  'outcome quality': OUTCOME_QUALITY_CASES,
  'alignment and coverage': COVERAGE_CASES,
  'workload, weighting and stacking': WORKLOAD_CASES,
  'EU Council Recommendation 2022, Annex I': EU_2022_CASES,
  'UNESCO 2022': UNESCO_CASES,
  NZQA: NZQA_CASES,
  'Australia NMF': AU_NMF_CASES,
  'US credit hours': US_CASES,
  'house rules': HOUSE_CASES,
  'review cycle': REVIEW_CYCLE_CASES,
};

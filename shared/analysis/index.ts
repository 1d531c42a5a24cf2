/**
 * Readiness analysis: accreditation profiles, outcome quality (Bloom), alignment and
 * coverage, credit arithmetic. Pure: no I/O, no clock, no DOM.
 */
export { analyse, reanalyse } from './engine';
export { changedIdsFromPatches } from './patches';
export { classifyOutcome, bloomLevelOf, bloomRank, highestBloomLevel, stripLeadingPhrase, type BloomClassification } from './bloom/classify';
export { BLOOM_VERBS, VAGUE_VERBS } from './bloom/verbs';
export { PROFILES } from './profiles';
export { ALL_RULES, ALWAYS_ON_RULES, rulesByScope } from './rules';
export { outcomeCountRange } from './rules/outcomeQuality';
export { requiresCycles } from './rules/stacking';
export { NZQA_FORBIDDEN_TITLE_WORDS, nzCredits } from './profiles/nzqa';
export { US_CREDIT_HOUR_CAP } from './profiles/usCreditHours';
export { convertCredits, creditsToHours, formatCredits, hoursBand, hoursPerCredit } from './credits';
export { readinessScore, SCORE_COST } from './summary';
export { findingsOf, sortFindings } from './query';
export type {
  AnalyseOptions,
  AnalysisResult,
  AnyRule,
  Counts,
  CredentialSummary,
  Finding,
  Issue,
  Profile,
  Rule,
  RuleGroup,
  Scope,
  Severity,
} from './types';
export { SEVERITIES } from './types';

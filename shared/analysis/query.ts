import type { AnalysisResult, Finding, RuleGroup } from './types';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings in a stable reading order: errors first, then warnings, then information; then
 * by rule, target and message. The engine's own order is unspecified.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      cmp(a.rule, b.rule) ||
      cmp(a.target, b.target) ||
      cmp(a.field ?? '', b.field ?? '') ||
      cmp(a.message, b.message) ||
      cmp(a.credentials.join(' '), b.credentials.join(' ')),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The findings counting against one credential (or, with `null`, against none), optionally of one group. */
export function findingsOf(result: AnalysisResult, credential: string | null, group?: RuleGroup): Finding[] {
  return result.findings.filter(
    (f) => (credential === null ? f.credentials.length === 0 : f.credentials.includes(credential)) && (group === undefined || f.group === group),
  );
}

import { ALWAYS_ON_RULES, analyse, PROFILES, sortFindings, type AnalysisResult, type AnyRule, type Finding } from '../analysis';
import type { McredDocument, ProfileId } from '../model';
import { CHECK_LABELS, PROFILE_LABELS, type ProfileReadiness, type ReadinessProvider, type RequirementResult } from './readiness';

/** Scopes whose findings count against a credential; map- and program-wide rules do not. */
const CREDENTIAL_SCOPES = new Set(['credential', 'outcome', 'skill', 'assessment', 'activity', 'link']);

const cache = new WeakMap<McredDocument, Map<string, AnalysisResult>>();

/** One analysis per document and profile set, shared by every credential of a catalogue. */
function analysisOf(doc: McredDocument, profiles: readonly ProfileId[], now: Date | undefined): AnalysisResult {
  const key = `${[...profiles].sort().join(',')}@${now?.getTime() ?? ''}`;
  let byKey = cache.get(doc);
  if (!byKey) cache.set(doc, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = analyse(doc, { profiles, ...(now ? { now: now.getTime() } : {}) })));
  return result;
}

function requirementsOf(rules: readonly AnyRule[], findings: readonly Finding[]): RequirementResult[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return rules
    .filter((r) => CREDENTIAL_SCOPES.has(r.scope))
    .map((r) => {
      const found = byRule.get(r.id) ?? [];
      const required = r.severity === 'error';
      if (!found.length) return { requirement: r.title, met: true, required };
      const findings = { error: 0, warning: 0, info: 0 };
      for (const f of found) findings[f.severity] += 1;
      const fixes = [...new Set(found.map((f) => f.fix).filter((f): f is string => Boolean(f)))];
      return {
        requirement: r.title,
        met: false,
        severity: found.some((f) => f.severity === 'error') ? 'error' : found.some((f) => f.severity === 'warning') ? 'warning' : 'info',
        gap: [...new Set(found.map((f) => f.message))].join('\n'),
        fix: fixes.length ? fixes.join(' ') : undefined,
        required,
        findings,
      };
    });
}

/**
 * Readiness results from `shared/analysis`: for each enabled profile, then the outcome
 * quality and alignment checks that always run, every rule that applies to a credential
 * is a requirement: met when no finding of it counts against the credential. The review
 * cycle's checks (changed since approval, periodic review due on `now`) come last.
 */
export const analysisReadiness: ReadinessProvider = (doc, credentialId, profiles, now) => {
  const result = analysisOf(doc, profiles, now);
  // In reading order: the engine's own order is its working order, not a stable one.
  const findings = sortFindings(result.findings.filter((f) => f.credentials.includes(credentialId)));
  const out: ProfileReadiness[] = [...new Set(profiles)].map((p) => ({
    profile: p,
    label: PROFILE_LABELS[p],
    citation: PROFILES[p].citation,
    results: requirementsOf(PROFILES[p].rules, findings),
  }));
  for (const group of ['outcome-quality', 'alignment', 'review-cycle'] as const) {
    out.push({ profile: group, label: CHECK_LABELS[group], results: requirementsOf(ALWAYS_ON_RULES.filter((r) => r.group === group), findings) });
  }
  return out;
};

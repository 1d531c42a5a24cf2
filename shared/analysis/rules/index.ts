import { LINK_KINDS, type LinkKind, type ProfileId } from '../../model';
import { readsByScope, type ReadsByScope } from '../affected';
import { PROFILES } from '../profiles';
import type { AnyRule, Rule, Scope } from '../types';
import { COVERAGE_RULES } from './coverage';
import { FRAMEWORK_UPDATE_RULES } from './frameworkUpdates';
import { LEVEL_RULES } from './levels';
import { OUTCOME_QUALITY_RULES } from './outcomeQuality';
import { REVIEW_CYCLE_RULES } from './reviewCycle';
import { STACKING_RULES } from './stacking';
import { WORKLOAD_RULES } from './workload';

/** Rules that run whatever profiles the map enables. */
export const ALWAYS_ON_RULES: readonly AnyRule[] = [...OUTCOME_QUALITY_RULES, ...COVERAGE_RULES, ...LEVEL_RULES, ...WORKLOAD_RULES, ...STACKING_RULES, ...REVIEW_CYCLE_RULES, ...FRAMEWORK_UPDATE_RULES];

/** Every rule the engine knows, always-on first, then profile by profile. */
export const ALL_RULES: readonly AnyRule[] = [...ALWAYS_ON_RULES, ...Object.values(PROFILES).flatMap((p) => p.rules)];

export type RulesByScope = { readonly [S in Scope]: readonly Rule<S>[] } & {
  /** Link rules by the link kind they look at. */
  readonly byLinkKind: Readonly<Record<LinkKind, readonly Rule<'link'>[]>>;
  /** What they read, by scope: what an edit re-checks is derived from it (`collectAffected`). */
  readonly reads: ReadsByScope;
};

/** The rules to run for a set of profiles, sorted by the scope they run on. */
export function rulesByScope(profiles: readonly ProfileId[]): RulesByScope {
  const out: { [S in Scope]: Rule<S>[] } = { credential: [], outcome: [], skill: [], assessment: [], activity: [], program: [], link: [], map: [] };
  const enabled = [...ALWAYS_ON_RULES, ...[...new Set(profiles)].flatMap((p) => PROFILES[p].rules)];
  for (const r of enabled) (out[r.scope] as AnyRule[]).push(r);
  const byLinkKind = Object.fromEntries(LINK_KINDS.map((k) => [k, out.link.filter((r) => !r.linkKinds || r.linkKinds.includes(k))])) as Record<LinkKind, Rule<'link'>[]>;
  return { ...out, byLinkKind, reads: readsByScope(enabled) };
}

import type { Activity, Assessment, Credential, Link, LinkKind, McredDocument, Outcome, ProfileId, Program, Skill } from '../model';
import type { RuleContext } from './context';

/**
 * How much a finding matters. `error`: the specification cannot go to an accreditor as it
 * is (a mandatory element is missing, a hard limit is broken). `warning`: probably wrong or
 * weak; a reviewer will ask. `info`: worth knowing, never blocks.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/**
 * Where a rule comes from: an accreditation profile the map enables, or one of the two
 * groups that always run (outcome quality, alignment and coverage).
 */
export type RuleGroup = ProfileId | 'outcome-quality' | 'alignment' | 'review-cycle';

/** One thing the readiness check found. */
export interface Finding {
  /** Stable rule id, `group-prefix/what`, e.g. `eu-2022/awarding-body`, `outcome/vague-verb`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly group: RuleGroup;
  /** The entity or link to select when the user clicks the finding (`map` for the map settings). */
  readonly target: string;
  /** The field of the target to focus, when there is one. */
  readonly field?: string;
  /** What is wrong, in words, naming the credential, outcome or skill concerned. */
  readonly message: string;
  /** A concrete suggestion for fixing it. */
  readonly fix?: string;
  /**
   * The credentials the finding counts against (sorted ids): the credential a credential
   * rule checked, the credentials an outcome is part of, and so on. Empty for findings that
   * belong to no credential (an orphan skill, a program's total).
   */
  readonly credentials: readonly string[];
}

/** What a rule's check reports; the engine adds rule id, severity, group and credentials. */
export interface Issue {
  target: string;
  field?: string;
  message: string;
  fix?: string;
}

export type Emit = (issue: Issue) => void;

/**
 * What a rule looks at. The engine runs a rule once per record of its scope, and after an
 * edit re-runs it only for the records whose declared reads (`Rule.reads`) the edit touched.
 */
export type Scope = 'credential' | 'outcome' | 'skill' | 'assessment' | 'activity' | 'program' | 'link' | 'map';

export interface ScopeSubject {
  credential: Credential;
  outcome: Outcome;
  skill: Skill;
  assessment: Assessment;
  activity: Activity;
  program: Program;
  link: Link;
  map: McredDocument;
}

/**
 * What a rule reads besides its subject's own fields (always read) — declared by each rule
 * in `reads`. `affected.ts` derives from the declarations which subjects an edit re-checks,
 * so a read left out is a re-check missed (the property test
 * `tests/unit/analysis/incremental.property.test.ts` fails; `undeclaredRead.test.ts` shows it).
 *
 * - `links`: entity scopes — which links the subject has, of any kind, and their fields.
 * - `ends`: link scope — the entities at both ends.
 * - `credential-view`: credential — `ctx.credential(c)`: its part-of outcomes, their
 *   addresses / assessed-by / develops links and the skills, assessments and activities at
 *   the other end.
 * - `endorsements`: skill — its endorsements and the endorsers' roles; credential — those
 *   of the skills in its view.
 * - `stacked`: program — its incoming stacks-into links and the credentials on them.
 * - `approvals`: credential — its approval records and the revisions they pin.
 * - `requires`: map — every requires link and the credentials on them.
 * - `settings`: the map's settings and the checked profiles (a settings change re-checks
 *   everything; declared so the list says what the rule depends on).
 */
export type Read = 'links' | 'ends' | 'credential-view' | 'endorsements' | 'stacked' | 'approvals' | 'requires' | 'settings';

/** One check: a small pure function over one record of its scope. */
export interface Rule<S extends Scope = Scope> {
  readonly id: string;
  readonly group: RuleGroup;
  readonly scope: S;
  readonly severity: Severity;
  /** Everything `check` reads beyond the subject's own fields (see `Read`); [] for none. */
  readonly reads: readonly Read[];
  /** One line saying what the rule checks (rule lists, CLI help). */
  readonly title: string;
  /** Link rules only: the link kinds the rule looks at (the engine skips the others). */
  readonly linkKinds?: readonly LinkKind[];
  check(subject: ScopeSubject[S], ctx: RuleContext, emit: Emit): void;
}

export type AnyRule = { [S in Scope]: Rule<S> }[Scope];

/** Builds a rule with its subject type inferred from the scope. */
export function defineRule<S extends Scope>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** A profile: a named set of rules with the source they come from. */
export interface Profile {
  readonly id: ProfileId;
  readonly name: string;
  /** Short citation of the source, e.g. "Council Recommendation of 16 June 2022 (2022/C 243/02), Annex I". */
  readonly citation: string;
  readonly rules: readonly AnyRule[];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface CredentialSummary {
  readonly id: string;
  readonly title: string;
  readonly counts: Readonly<Counts>;
  /** 0–100, see `readinessScore`. */
  readonly score: number;
  /** No error counts against the credential. */
  readonly ready: boolean;
}

/** Everything one readiness check found, with the counts the panel shows. */
export interface AnalysisResult {
  /** Every finding, in no particular order (group them with `credentials` and `group`). */
  readonly findings: readonly Finding[];
  /** The profiles that were checked. */
  readonly profiles: readonly ProfileId[];
  readonly counts: Readonly<Counts>;
  /** Per credential (every credential of the map, also those with no finding). */
  readonly byCredential: Readonly<Record<string, CredentialSummary>>;
  /** Findings that count against no credential. */
  readonly unattributed: Readonly<Counts>;
  /** Per rule group: each checked profile, plus `outcome-quality` and `alignment`. */
  readonly byGroup: Readonly<Partial<Record<RuleGroup, Readonly<Counts>>>>;
  /**
   * 0–100 for the whole map, see `readinessScore`; null while there is nothing to score (no
   * credential, and no error or warning against the map as a whole), so that an empty map
   * does not read as ready.
   */
  readonly score: number | null;
}

export interface AnalyseOptions {
  /** The profiles to check; the map's own `settings.profiles` when absent. */
  profiles?: readonly ProfileId[];
  /**
   * The time (ms since the epoch) that date-dependent rules compare against (a periodic
   * review falling due). Without it those rules stay silent, so a run stays a pure function
   * of its input.
   */
  now?: number;
}

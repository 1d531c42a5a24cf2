import { PROFILES, sortFindings, type AnalysisResult, type Counts, type Finding, type RuleGroup, type Severity } from '../../../../shared/analysis';

/** A group of findings under one profile (or one of the always-on groups). */
export interface FindingGroup {
  readonly group: RuleGroup;
  readonly name: string;
  /** Short source citation, shown on hover. */
  readonly citation?: string;
  readonly findings: readonly Finding[];
}

/** The findings counting against one credential, or against none (`credential: null`, "Map"). */
export interface CredentialSection {
  readonly key: string;
  readonly credential: string | null;
  readonly title: string;
  readonly counts: Readonly<Counts>;
  /** 0–100; absent for the "Map" section, which has no score of its own. */
  readonly score?: number;
  readonly ready?: boolean;
  readonly groups: readonly FindingGroup[];
}

const ALWAYS_ON: Record<'outcome-quality' | 'alignment' | 'review-cycle', string> = {
  'outcome-quality': 'Outcome quality',
  alignment: 'Alignment and coverage',
  'review-cycle': 'Review cycle',
};

export function groupLabel(group: RuleGroup): { name: string; citation?: string } {
  if (group === 'outcome-quality' || group === 'alignment' || group === 'review-cycle') return { name: ALWAYS_ON[group] };
  const p = PROFILES[group];
  return { name: p.name, citation: p.citation };
}

/** Orders groups: the profiles in their declared order, then outcome quality, then alignment. */
const GROUP_ORDER: readonly RuleGroup[] = [...(Object.keys(PROFILES) as RuleGroup[]), 'review-cycle', 'outcome-quality', 'alignment'];

function byGroup(findings: readonly Finding[]): FindingGroup[] {
  const buckets = new Map<RuleGroup, Finding[]>();
  for (const f of sortFindings(findings)) {
    const list = buckets.get(f.group);
    if (list) list.push(f);
    else buckets.set(f.group, [f]);
  }
  return GROUP_ORDER.filter((g) => buckets.has(g)).map((g) => ({ group: g, ...groupLabel(g), findings: buckets.get(g) ?? [] }));
}

export function countsOf(findings: readonly Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/**
 * The panel's outline: one section per credential (by title), then "Map" for findings
 * that count against none; inside each, findings grouped by profile. Only findings of the
 * `shown` severities are listed; counts and scores always cover every finding.
 */
export function buildSections(result: AnalysisResult, shown: ReadonlySet<Severity>): CredentialSection[] {
  const perCredential = new Map<string, Finding[]>();
  const unattributed: Finding[] = [];
  for (const f of result.findings) {
    if (f.credentials.length === 0) unattributed.push(f);
    for (const c of f.credentials) {
      const list = perCredential.get(c);
      if (list) list.push(f);
      else perCredential.set(c, [f]);
    }
  }
  const visible = (list: readonly Finding[]) => list.filter((f) => shown.has(f.severity));
  const sections: CredentialSection[] = Object.values(result.byCredential)
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((s) => ({
      key: s.id,
      credential: s.id,
      title: s.title,
      counts: s.counts,
      score: s.score,
      ready: s.ready,
      groups: byGroup(visible(perCredential.get(s.id) ?? [])),
    }));
  if (unattributed.length) {
    sections.push({ key: '(map)', credential: null, title: 'Map', counts: result.unattributed, groups: byGroup(visible(unattributed)) });
  }
  return sections;
}

/** Finding counts per target id, for node badges. */
export function countsByTarget(findings: readonly Finding[]): Map<string, Counts> {
  const m = new Map<string, Counts>();
  for (const f of findings) {
    let c = m.get(f.target);
    if (!c) {
      c = { error: 0, warning: 0, info: 0 };
      m.set(f.target, c);
    }
    c[f.severity]++;
  }
  return m;
}

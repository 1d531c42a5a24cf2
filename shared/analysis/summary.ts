import type { McredDocument, ProfileId } from '../model';
import type { MapGraph } from './graph';
import type { AnalysisResult, Counts, CredentialSummary, Finding, RuleGroup } from './types';

const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });
const isZero = (c: Counts) => c.error === 0 && c.warning === 0 && c.info === 0;

/** How much one finding costs a readiness score, by severity. */
export const SCORE_COST: Readonly<Counts> = { error: 10, warning: 2, info: 0 };

/**
 * A readiness score from 0 to 100: start at 100, take 10 per error and 2 per warning
 * (information costs nothing), never below 0. Simple enough to explain in one sentence;
 * a credential with no error is "ready" whatever its score.
 */
export function readinessScore(c: Readonly<Counts>): number {
  return Math.max(0, 100 - SCORE_COST.error * c.error - SCORE_COST.warning * c.warning - SCORE_COST.info * c.info);
}

/** Running counts, updated finding list by finding list as subjects are re-checked. */
export class Tally {
  readonly total = zero();
  readonly unattributed = zero();
  readonly byCredential = new Map<string, Counts>();
  readonly byGroup = new Map<RuleGroup, Counts>();

  add(findings: readonly Finding[]): void {
    this.apply(findings, 1);
  }

  remove(findings: readonly Finding[]): void {
    this.apply(findings, -1);
  }

  private apply(findings: readonly Finding[], d: 1 | -1): void {
    for (const f of findings) {
      this.total[f.severity] += d;
      bump(this.byGroup, f.group, f.severity, d);
      if (!f.credentials.length) this.unattributed[f.severity] += d;
      for (const c of f.credentials) bump(this.byCredential, c, f.severity, d);
    }
  }
}

function bump<K>(map: Map<K, Counts>, key: K, severity: keyof Counts, d: number): void {
  let c = map.get(key);
  if (!c) map.set(key, (c = zero()));
  c[severity] += d;
  if (isZero(c)) map.delete(key);
}

/**
 * The published result: a snapshot of the findings and counts. The map score is the mean
 * of the credentials' scores, with the findings that count against no credential (orphan
 * skills, program totals) scored as one more "credential" when there are any; null when
 * there is nothing to score.
 */
export function summarise(
  bySubject: ReadonlyMap<string, readonly Finding[]>,
  tally: Tally,
  graph: MapGraph,
  doc: McredDocument,
  profiles: readonly ProfileId[],
): AnalysisResult {
  const findings: Finding[] = [];
  for (const list of bySubject.values()) for (const f of list) findings.push(f);
  const byCredential: Record<string, CredentialSummary> = {};
  let sum = 0;
  let n = 0;
  for (const id of graph.credentials) {
    const e = doc.entities[id];
    if (e?.kind !== 'credential') continue;
    const counts = { ...(tally.byCredential.get(id) ?? zero()) };
    const score = readinessScore(counts);
    byCredential[id] = { id, title: e.title, counts, score, ready: counts.error === 0 };
    sum += score;
    n += 1;
  }
  const rest = tally.unattributed;
  if (rest.error || rest.warning) {
    sum += readinessScore(rest);
    n += 1;
  }
  const byGroup: Partial<Record<RuleGroup, Counts>> = {};
  for (const g of ['outcome-quality', 'alignment', 'review-cycle', ...profiles] as RuleGroup[]) byGroup[g] = { ...(tally.byGroup.get(g) ?? zero()) };
  return {
    findings,
    profiles: [...profiles],
    counts: { ...tally.total },
    byCredential,
    unattributed: { ...rest },
    byGroup,
    score: n ? Math.round(sum / n) : null,
  };
}

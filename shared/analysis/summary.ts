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

/** The last published summary of each credential, reused while its title and counts stay the same. */
export type CredentialCache = Map<string, CredentialSummary>;

const sameCounts = (a: Readonly<Counts>, b: Readonly<Counts>) => a.error === b.error && a.warning === b.warning && a.info === b.info;

/**
 * The published result: the findings (flattened by the engine) and a snapshot of the counts. The map score is the mean
 * of the credentials' scores, with the findings that count against no credential (orphan
 * skills, program totals) scored as one more "credential" when there are any; null when
 * there is nothing to score. With `cache` and the ids that changed since it was filled
 * (`changed`; null when unknown), a credential whose record did not change and whose
 * counts are the same keeps its summary object, without reading the map (issue #16 item 10).
 */
export function summarise(
  findings: readonly Finding[],
  tally: Tally,
  graph: MapGraph,
  doc: McredDocument,
  profiles: readonly ProfileId[],
  cache: CredentialCache = new Map(),
  changed: ReadonlySet<string> | null = null,
): AnalysisResult {
  const byCredential: Record<string, CredentialSummary> = {};
  let sum = 0;
  let n = 0;
  const ZERO = zero();
  for (const id of graph.credentials) {
    const tallied = tally.byCredential.get(id) ?? ZERO;
    let summary = cache.get(id);
    if (!summary || !changed || changed.has(id) || !sameCounts(summary.counts, tallied)) {
      const e = doc.entities[id];
      if (e?.kind !== 'credential') {
        cache.delete(id);
        continue;
      }
      const counts = { ...tallied };
      const score = readinessScore(counts);
      summary = { id, title: e.title, counts, score, ready: counts.error === 0 };
      cache.set(id, summary);
    }
    byCredential[id] = summary;
    sum += summary.score;
    n += 1;
  }
  if (cache.size > graph.credentials.size) for (const id of cache.keys()) if (!graph.credentials.has(id)) cache.delete(id);
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

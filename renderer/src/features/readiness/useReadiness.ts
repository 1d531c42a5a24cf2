import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AnalysisResult, Counts } from '../../../../shared/analysis';
import { useDocumentStore } from '../../store';
import { readinessTrackerOf } from './readinessStore';
import { countsByTarget } from './grouping';
import { readinessBadgeSourceOf, type ReadinessBadgeSource } from './badgeSource';

/** The live readiness result of the open map; re-renders when it changes. */
export function useReadiness(): AnalysisResult {
  const store = useDocumentStore();
  const tracker = useMemo(() => readinessTrackerOf(store), [store]);
  return useSyncExternalStore(tracker.subscribe, tracker.getResult, tracker.getResult);
}

const byTargetCache = new WeakMap<AnalysisResult, ReadonlyMap<string, Counts>>();

function targetCounts(result: AnalysisResult): ReadonlyMap<string, Counts> {
  let m = byTargetCache.get(result);
  if (!m) {
    m = countsByTarget(result.findings);
    byTargetCache.set(result, m);
  }
  return m;
}

/**
 * Finding counts for one node's badge: errors, warnings and notes whose target is the
 * entity; undefined when it has none. The counts object is stable while the entity's own
 * findings are unchanged in number, so a memoised node re-renders only when they change.
 */
export function useNodeReadiness(entityId: string): Readonly<Counts> | undefined {
  const store = useDocumentStore();
  const tracker = useMemo(() => readinessTrackerOf(store), [store]);
  const get = useCallback(() => targetCounts(tracker.getResult()).get(entityId), [tracker, entityId]);
  const counts = useSyncExternalStore(tracker.subscribe, get, get);
  const e = counts?.error ?? 0;
  const w = counts?.warning ?? 0;
  const i = counts?.info ?? 0;
  return useMemo(() => (e + w + i === 0 ? undefined : { error: e, warning: w, info: i }), [e, w, i]);
}

/** The readiness badge source for the canvas (`<BadgeSourceContext.Provider value={useReadinessBadgeSource()}>`). */
export function useReadinessBadgeSource(): ReadinessBadgeSource {
  const store = useDocumentStore();
  return useMemo(() => readinessBadgeSourceOf(store), [store]);
}

import type { AnalysisResult } from '../../../../shared/analysis';
import type { DocumentStore } from '../../store';
import { countsByTarget } from './grouping';
import { readinessTrackerOf, type ReadinessTracker } from './readinessStore';

/** Errors and warnings targeting one entity (the shape the canvas's badge slot reads). */
export interface NodeBadgeCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** A per-entity source of badge counts, matching the canvas's `BadgeSource`. */
export interface ReadinessBadgeSource {
  get(id: string): NodeBadgeCounts | undefined;
  subscribe(listener: () => void): () => void;
}

/**
 * Badge counts per entity with stable objects: an entity whose counts did not change keeps
 * the same object across re-checks, so only the nodes whose findings changed re-render.
 */
class BadgeSource implements ReadinessBadgeSource {
  private result: AnalysisResult | undefined;
  private byId = new Map<string, NodeBadgeCounts>();

  constructor(private readonly tracker: ReadinessTracker) {}

  get = (id: string): NodeBadgeCounts | undefined => {
    this.refresh();
    return this.byId.get(id);
  };

  subscribe = (listener: () => void): (() => void) => this.tracker.subscribe(listener);

  private refresh(): void {
    const result = this.tracker.getResult();
    if (result === this.result) return;
    this.result = result;
    const next = new Map<string, NodeBadgeCounts>();
    for (const [id, c] of countsByTarget(result.findings)) {
      if (c.error + c.warning === 0) continue;
      const old = this.byId.get(id);
      next.set(id, old && old.errors === c.error && old.warnings === c.warning ? old : { errors: c.error, warnings: c.warning });
    }
    this.byId = next;
  }
}

const sources = new WeakMap<DocumentStore, ReadinessBadgeSource>();

/** The badge source of a store: provide it as the canvas's `BadgeSourceContext` value. */
export function readinessBadgeSourceOf(store: DocumentStore): ReadinessBadgeSource {
  let s = sources.get(store);
  if (!s) {
    s = new BadgeSource(readinessTrackerOf(store));
    sources.set(store, s);
  }
  return s;
}

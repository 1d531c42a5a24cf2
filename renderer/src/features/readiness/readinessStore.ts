import { analyse, reanalyse, type AnalysisResult } from '../../../../shared/analysis';
import type { McredDocument } from '../../../../shared/model';
import type { DocumentStore } from '../../store';
import { changedIdsBetween } from './changedIds';

/** Above this many entities and links an edit is re-checked when the browser is idle, so typing stays smooth. */
const BIG_MAP = 3_000;

/**
 * One live readiness result for one document store. Runs a full analysis on first use and
 * when the document is replaced wholesale (another map loaded), and an incremental
 * re-check after edits, with the changed ids found by comparing record references.
 */
export class ReadinessTracker {
  private result: AnalysisResult | undefined;
  private analysed: McredDocument | undefined;
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void) | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: DocumentStore) {}

  getResult = (): AnalysisResult => {
    if (!this.result) this.runNow();
    return this.result as AnalysisResult;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unsubscribe) this.unsubscribe = this.store.subscribe(this.onChange);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
  }

  private onChange = (): void => {
    const doc = this.store.getState().doc;
    if (doc === this.analysed || this.pending !== undefined) return;
    if (sizeOf(doc) < BIG_MAP) {
      this.runNow();
      this.emit();
      return;
    }
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.runNow();
      this.emit();
    }, 60);
  };

  private runNow(): void {
    const doc = this.store.getState().doc;
    if (doc === this.analysed && this.result) return;
    this.result = this.next(doc);
    this.analysed = doc;
  }

  private next(doc: McredDocument): AnalysisResult {
    const prev = this.analysed;
    if (!this.result || !prev || prev.id !== doc.id) return analyse(doc, { now: Date.now() });
    const ids = changedIdsBetween(prev, doc);
    if (!ids) return analyse(doc, { now: Date.now() });
    if (ids.size === 0) return this.result;
    try {
      return reanalyse(this.result, doc, ids);
    } catch {
      return analyse(doc, { now: Date.now() });
    }
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

function sizeOf(doc: McredDocument): number {
  let n = 0;
  for (const _ in doc.entities) n++;
  for (const _ in doc.links) n++;
  return n;
}

const trackers = new WeakMap<DocumentStore, ReadinessTracker>();

/** The tracker of a store, made on first use and shared by every view of that store. */
export function readinessTrackerOf(store: DocumentStore): ReadinessTracker {
  let t = trackers.get(store);
  if (!t) {
    t = new ReadinessTracker(store);
    trackers.set(store, t);
  }
  return t;
}

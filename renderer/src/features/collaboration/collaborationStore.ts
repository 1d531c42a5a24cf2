import type { PresenceInfo } from '../../../../shared/ipc';
import type { Conflict } from '../../../../shared/merge';
import type { McredDocument } from '../../../../shared/model';
import { isEntityKind } from './resolve';

/** One conflict waiting for the user's review, with where it came from. */
export interface ConflictReview {
  /** Stable within the session: record, field and type. */
  key: string;
  conflict: Conflict;
  /** Whose version was merged in, e.g. "Ana Lopez's save" or "copy “map (1).mcred”". */
  from: string;
  /** When the merge happened (ms since epoch). */
  mergedAt: number;
}

export interface CollaborationState {
  /** Others who have the same file open (from their presence files). */
  others: readonly PresenceInfo[];
  /** Conflicts not yet reviewed, newest merge first. */
  reviews: readonly ConflictReview[];
  /** Whether the conflict review panel is showing. */
  panelOpen: boolean;
  /** Entity id → number of open conflicts about it (or its links), for the marks on the graph. */
  marks: ReadonlyMap<string, number>;
}

/** Nobody else, nothing to review. */
export const EMPTY_COLLABORATION: CollaborationState = { others: [], reviews: [], panelOpen: false, marks: new Map() };

export function reviewKey(c: Conflict): string {
  return `${c.recordId}|${c.field ?? ''}|${c.type}`;
}

/**
 * Who else is in the map and what merges left to review, for one open map. Outside React
 * (like the document store) so the file controller, the panel and the node marks share it.
 */
export class CollaborationStore {
  private state: CollaborationState = EMPTY_COLLABORATION;
  private listeners = new Set<() => void>();

  getState = (): CollaborationState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setOthers(others: readonly PresenceInfo[]): void {
    const key = (list: readonly PresenceInfo[]) => list.map((p) => `${p.sessionId}:${p.name}:${p.organisation ?? ''}`).join('|');
    if (key(others) === key(this.state.others)) return;
    this.set({ others });
  }

  /**
   * Adds the conflicts of a merge. A later merge's report of the same field replaces the
   * earlier one (it describes the newer state). `doc` is the merged map, to place marks.
   */
  addConflicts(conflicts: readonly Conflict[], from: string, doc: McredDocument, at = Date.now()): void {
    if (!conflicts.length) return;
    const fresh = conflicts.map((conflict) => ({ key: reviewKey(conflict), conflict, from, mergedAt: at }));
    const keys = new Set(fresh.map((r) => r.key));
    const reviews = [...fresh, ...this.state.reviews.filter((r) => !keys.has(r.key))];
    this.set({ reviews, marks: marksFor(reviews, doc) });
  }

  /** The user chose a side (or acknowledged the merge's choice). */
  resolve(key: string, doc: McredDocument): void {
    const reviews = this.state.reviews.filter((r) => r.key !== key);
    if (reviews.length === this.state.reviews.length) return;
    this.set({ reviews, marks: marksFor(reviews, doc), panelOpen: reviews.length > 0 && this.state.panelOpen });
  }

  /** Accepts every merge decision as it stands. */
  resolveAll(): void {
    this.set({ reviews: [], marks: new Map(), panelOpen: false });
  }

  setPanelOpen(panelOpen: boolean): void {
    if (panelOpen !== this.state.panelOpen) this.set({ panelOpen });
  }

  reset(): void {
    this.state = EMPTY_COLLABORATION;
    this.emit();
  }

  private set(patch: Partial<CollaborationState>): void {
    this.state = { ...this.state, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * The entities a conflict is about: the record itself, a link's two ends, a comment's or
 * endorsement's target — looked up in the merged map or in either side's value.
 */
export function entitiesOfConflict(conflict: Conflict, doc: McredDocument): string[] {
  const id = conflict.recordId;
  if (doc.entities[id] || isEntityKind(conflict.kind)) return [id];
  const record = doc.links[id] ?? doc.comments[id] ?? doc.endorsements[id] ?? sideRecord(conflict);
  if (!record) return [];
  const ends = 'from' in record ? [record.from, record.to] : 'target' in record ? [record.target] : [];
  return ends.filter((e): e is string => typeof e === 'string' && !!doc.entities[e]);
}

function sideRecord(conflict: Conflict): { from?: unknown; to?: unknown; target?: unknown } | undefined {
  for (const side of [conflict.ours, conflict.theirs]) {
    const v = side.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as { from?: unknown; to?: unknown; target?: unknown };
  }
  return undefined;
}

function marksFor(reviews: readonly ConflictReview[], doc: McredDocument): Map<string, number> {
  const marks = new Map<string, number>();
  for (const r of reviews) for (const id of entitiesOfConflict(r.conflict, doc)) marks.set(id, (marks.get(id) ?? 0) + 1);
  return marks;
}

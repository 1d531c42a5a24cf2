import { useContext, useMemo, useSyncExternalStore } from 'react';
import { DocumentStoreContext, useDocumentStore, type DocumentStore } from '../../store';
import type { Point } from './model/comparison';

export interface RevisionsState {
  panelOpen: boolean;
  /** The points picked for a comparison, in the order picked (at most two). */
  picked: readonly Point[];
  /** Entities the open comparison changed, marked on the map; empty when none is open. */
  marked: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();
const CLOSED: RevisionsState = { panelOpen: false, picked: [], marked: EMPTY };

/**
 * The Revisions panel's state for one open map, outside React: the panel, the workspace's
 * action and every node's "changed" mark read the same store, and a node re-renders only
 * when its own mark flips.
 */
export class RevisionsStore {
  private state: RevisionsState = CLOSED;
  private listeners = new Set<() => void>();

  getState = (): RevisionsState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  isMarked(id: string): boolean {
    return this.state.marked.has(id);
  }

  /** Closing forgets the comparison, so its marks leave the map with the panel. */
  setPanelOpen(open: boolean): void {
    if (open === this.state.panelOpen) return;
    this.set(open ? { panelOpen: true } : CLOSED);
  }

  /** Picks or unpicks a point; a third pick replaces the earliest, so the last two picked are compared. */
  togglePick(point: Point): void {
    const { picked } = this.state;
    if (picked.includes(point)) this.set({ picked: picked.filter((p) => p !== point) });
    else this.set({ picked: [...picked, point].slice(-2) });
  }

  /** Sets both points at once (e.g. "compare with now"). */
  pick(points: readonly Point[]): void {
    this.set({ picked: points.slice(-2) });
  }

  clearComparison(): void {
    if (!this.state.picked.length && !this.state.marked.size) return;
    this.set({ picked: [], marked: EMPTY });
  }

  setMarked(ids: ReadonlySet<string>): void {
    const old = this.state.marked;
    if (ids.size === old.size && [...ids].every((id) => old.has(id))) return;
    this.set({ marked: ids.size ? ids : EMPTY });
  }

  private set(patch: Partial<RevisionsState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

const stores = new WeakMap<DocumentStore, RevisionsStore>();

/** The revisions state of an open map (one per document store, so a newly opened map starts closed). */
export function revisionsStoreOf(store: DocumentStore): RevisionsStore {
  let s = stores.get(store);
  if (!s) {
    s = new RevisionsStore();
    stores.set(store, s);
  }
  return s;
}

/** The open map's revisions store. */
export function useRevisionsStore(): RevisionsStore {
  const store = useDocumentStore();
  return useMemo(() => revisionsStoreOf(store), [store]);
}

export function useRevisionsState(): RevisionsState {
  const s = useRevisionsStore();
  return useSyncExternalStore(s.subscribe, s.getState, s.getState);
}

const noop = () => () => undefined;

/**
 * Whether the open comparison changed this entity; re-renders only when that flips. Read
 * without requiring a document store, so a node rendered on its own shows no mark.
 */
export function useChangedMark(id: string): boolean {
  const doc = useContext(DocumentStoreContext);
  const store = doc ? revisionsStoreOf(doc) : undefined;
  const get = () => store?.isMarked(id) ?? false;
  return useSyncExternalStore(store?.subscribe ?? noop, get, get);
}

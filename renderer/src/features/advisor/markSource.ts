import type { McredDocument } from '../../../../shared/model';
import type { DocumentStore } from '../../store';
import { marksByEntity, sameMarks, type NodeMarks } from './model/marks';

/** Per-entity advisor marks for the canvas nodes, notifying only when some mark changed. */
export interface MarkSource {
  get(id: string): NodeMarks | undefined;
  subscribe(listener: () => void): () => void;
}

/**
 * Listens to the store once and recomputes only when the comments or endorsements (or the
 * entities they may point at) changed; keeps an entity's marks object while its counts
 * stay the same. So a field edit costs the nodes nothing, and a new comment re-renders
 * the one node it is on.
 */
class StoreMarkSource implements MarkSource {
  private seen: Pick<McredDocument, 'comments' | 'endorsements' | 'entities'> | undefined;
  private byId = new Map<string, NodeMarks>();
  private listeners = new Set<() => void>();
  private detach: (() => void) | undefined;

  constructor(private readonly store: DocumentStore) {}

  get = (id: string): NodeMarks | undefined => {
    if (!this.detach) this.refresh();
    return this.byId.get(id);
  };

  subscribe = (listener: () => void): (() => void) => {
    if (!this.listeners.size) {
      this.refresh();
      this.detach = this.store.subscribe(() => {
        if (this.refresh()) for (const l of this.listeners) l();
      });
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        this.detach?.();
        this.detach = undefined;
      }
    };
  };

  /** Brings the marks up to date; true when any entity's marks changed. */
  private refresh(): boolean {
    const doc = this.store.getState().doc;
    const seen = this.seen;
    if (seen && seen.comments === doc.comments && seen.endorsements === doc.endorsements && seen.entities === doc.entities) return false;
    this.seen = { comments: doc.comments, endorsements: doc.endorsements, entities: doc.entities };
    const fresh = marksByEntity(doc);
    let changed = fresh.size !== this.byId.size;
    const next = new Map<string, NodeMarks>();
    for (const [id, marks] of fresh) {
      const old = this.byId.get(id);
      if (sameMarks(old, marks)) next.set(id, old!);
      else {
        next.set(id, marks);
        changed = true;
      }
    }
    this.byId = next;
    return changed;
  }
}

const sources = new WeakMap<DocumentStore, MarkSource>();

/** The mark source of a store (one per open map). */
export function markSourceOf(store: DocumentStore): MarkSource {
  let s = sources.get(store);
  if (!s) {
    s = new StoreMarkSource(store);
    sources.set(store, s);
  }
  return s;
}

export const NO_MARKS: MarkSource = { get: () => undefined, subscribe: () => () => {} };

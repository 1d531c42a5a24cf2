import type { McredDocument } from '../../../../shared/model';
import { SuggestIndex } from '../../../../shared/suggest';
import type { DocumentStore } from '../../store';
import { changedIdsBetween } from '../readiness/changedIds';

/**
 * One suggestion index per document store, following the open map: an edit updates it
 * with the record ids that changed (found by comparing record references, as the readiness
 * check does), another map loaded rebuilds it. Rankings are computed when first asked for.
 */
export class SuggestTracker {
  private index: SuggestIndex | undefined;
  private doc: McredDocument | undefined;

  /** The index for `doc`, brought up to date. */
  at(doc: McredDocument): SuggestIndex {
    if (this.index && this.doc === doc) return this.index;
    const prev = this.doc;
    const ids = this.index && prev && prev.id === doc.id ? changedIdsBetween(prev, doc) : null;
    this.index = this.index && ids ? this.index.update(doc, ids) : new SuggestIndex(doc);
    this.doc = doc;
    return this.index;
  }
}

const trackers = new WeakMap<DocumentStore, SuggestTracker>();

export function suggestTrackerOf(store: DocumentStore): SuggestTracker {
  let t = trackers.get(store);
  if (!t) trackers.set(store, (t = new SuggestTracker()));
  return t;
}

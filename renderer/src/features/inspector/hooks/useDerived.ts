import { useMemo, useSyncExternalStore } from 'react';
import type { McredDocument } from '../../../../../shared/model';
import { useDocumentStore, type DocumentStore } from '../../../store';

/** A snapshot getter that derives once per document and keeps equal results identical. */
function cachedDerivation<T>(store: DocumentStore, derive: (doc: McredDocument) => T): () => T {
  let seenDoc: McredDocument | undefined;
  let value: T;
  let key = '';
  return () => {
    const doc = store.getState().doc;
    if (doc === seenDoc) return value;
    seenDoc = doc;
    const next = derive(doc);
    const nextKey = JSON.stringify(next);
    if (nextKey !== key) {
      key = nextKey;
      value = next;
    }
    return value;
  };
}

/**
 * Subscribes to a value derived from the document (a list of linked records, say). The
 * result keeps its identity while it is structurally the same, so the component
 * re-renders only when what it shows changes. `derive` must be stable (useCallback).
 */
export function useDerived<T>(derive: (doc: McredDocument) => T): T {
  const store = useDocumentStore();
  const getSnapshot = useMemo(() => cachedDerivation(store, derive), [store, derive]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

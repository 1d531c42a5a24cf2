import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Entity, Link, McredDocument } from '../../../shared/model';
import type { DocumentState, DocumentStore } from './documentStore';

export const DocumentStoreContext = createContext<DocumentStore | null>(null);

export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('useDocumentStore outside a DocumentStoreContext provider');
  return store;
}

/**
 * Subscribes to one slice of the store. The selector must return a stable reference for
 * unchanged data (records are immutable, so selecting a record by id is stable): a
 * component then re-renders only when its own slice changes.
 */
export function useDocumentState<T>(selector: (state: DocumentState) => T): T {
  const store = useDocumentStore();
  const get = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}

export function useDoc<T>(selector: (doc: McredDocument) => T): T {
  const select = useCallback((s: DocumentState) => selector(s.doc), [selector]);
  return useDocumentState(select);
}

export function useEntity(id: string | undefined): Entity | undefined {
  return useDoc(useCallback((d: McredDocument) => (id ? d.entities[id] : undefined), [id]));
}

export function useLink(id: string | undefined): Link | undefined {
  return useDoc(useCallback((d: McredDocument) => (id ? d.links[id] : undefined), [id]));
}

const selectDirty = (s: DocumentState) => s.dirty;
export function useIsDirty(): boolean {
  return useDocumentState(selectDirty);
}

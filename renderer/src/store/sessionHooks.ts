import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { SessionState, SessionStore } from './sessionStore';

export const SessionStoreContext = createContext<SessionStore | null>(null);

export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useSessionStore outside a SessionStoreContext provider');
  return store;
}

export function useSession<T>(selector: (s: SessionState) => T): T {
  const store = useSessionStore();
  const get = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(store.subscribe, get, get);
}

const selectSelection = (s: SessionState) => s.selection;
export function useSelection(): readonly string[] {
  return useSession(selectSelection);
}

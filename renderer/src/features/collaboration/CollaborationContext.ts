import { createContext, useContext, useSyncExternalStore } from 'react';
import { EMPTY_COLLABORATION, type CollaborationState, type CollaborationStore } from './collaborationStore';

export const CollaborationContext = createContext<CollaborationStore | null>(null);

export function useCollaborationStore(): CollaborationStore | null {
  return useContext(CollaborationContext);
}

const empty = (): CollaborationState => EMPTY_COLLABORATION;
const noop = () => () => undefined;

/** The collaboration state, or an empty one where no file session provides it (tests, the example). */
export function useCollaboration(): CollaborationState {
  const store = useContext(CollaborationContext);
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getState ?? empty, store?.getState ?? empty);
}

/** Open conflicts about one entity, for its mark on the graph: re-renders only when its own count changes. */
export function useConflictMark(id: string): number {
  const store = useContext(CollaborationContext);
  const get = () => store?.getState().marks.get(id) ?? 0;
  return useSyncExternalStore(store?.subscribe ?? noop, get, get);
}

import { createContext, useContext, useSyncExternalStore } from 'react';

/** Readiness counts shown in a node's badge slot. */
export interface BadgeCounts {
  errors: number;
  warnings: number;
}

/**
 * Where nodes read their readiness badge from: the readiness feature provides a source
 * that answers per entity and notifies on change, so one finding re-renders one node.
 */
export interface BadgeSource {
  get(id: string): BadgeCounts | undefined;
  subscribe(listener: () => void): () => void;
}

const EMPTY: BadgeSource = { get: () => undefined, subscribe: () => () => {} };

export const BadgeSourceContext = createContext<BadgeSource>(EMPTY);

export function useNodeBadge(id: string): BadgeCounts | undefined {
  const source = useContext(BadgeSourceContext);
  return useSyncExternalStore(
    source.subscribe,
    () => source.get(id),
    () => source.get(id),
  );
}

import { useCallback } from 'react';
import { useSessionStore } from '../../../store';

/** Selects a record and asks the canvas to bring it into view. */
export function useSelect(): (id: string) => void {
  const session = useSessionStore();
  return useCallback((id: string) => session.focusOn(id), [session]);
}

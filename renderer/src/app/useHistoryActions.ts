import { useMemo } from 'react';
import { useDocumentStore } from '../store';
import type { ActionHandlers } from './actions';
import { useActionHandlers } from './useActions';

/** Undo and redo of the open document (every edit is a command, so every edit is undoable). */
export function useHistoryActions(): void {
  const store = useDocumentStore();
  const handlers = useMemo(
    (): ActionHandlers => ({
      'edit.undo': { run: () => void store.undo(), enabled: () => store.getState().canUndo },
      'edit.redo': { run: () => void store.redo(), enabled: () => store.getState().canRedo },
    }),
    [store],
  );
  useActionHandlers(handlers);
}

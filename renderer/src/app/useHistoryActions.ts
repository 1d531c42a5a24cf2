import { useMemo } from 'react';
import { useDocumentStore } from '../store';
import type { Action } from './actions';
import { keyed } from './keymap';
import { useRegisterActions } from './useActions';

/** Undo and redo of the open document (every edit is a command, so every edit is undoable). */
export function useHistoryActions(): void {
  const store = useDocumentStore();
  const actions = useMemo(
    (): Action[] => [
      { ...keyed('edit.undo'), run: () => void store.undo(), enabled: () => store.getState().canUndo },
      { ...keyed('edit.redo'), run: () => void store.redo(), enabled: () => store.getState().canRedo },
    ],
    [store],
  );
  useRegisterActions(actions);
}

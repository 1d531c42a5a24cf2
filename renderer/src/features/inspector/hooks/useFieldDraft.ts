import { useCallback, useState, type KeyboardEvent } from 'react';
import { useDocumentStore } from '../../../store';
import type { CommitMode } from './recordBinding';

/** Text read from an input: a value to commit (null clears the field) or why it is not one. */
export type Parsed<V> = { ok: true; value: V | null } | { ok: false; message: string };

interface DraftState {
  text: string;
  error: string | undefined;
  /** The document value the text was last reconciled with, as JSON. */
  seen: string;
  focused: boolean;
  /** Undo or redo was pressed in this input: show its result even though it has focus. */
  forceSync: boolean;
}

export interface FieldDraft {
  text: string;
  error: string | undefined;
  setText: (text: string, mode?: CommitMode) => void;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The local text of one input. Each change is parsed and committed; a refused or
 * unparsable text stays in the input with its message while the document keeps its value.
 * When the document changes from elsewhere (undo, another field, a merge) the text follows
 * it — unless the user is in this input, whose typing is never overwritten.
 */
export function useFieldDraft<V>(
  value: V | undefined,
  format: (v: V | undefined) => string,
  parse: (text: string) => Parsed<V>,
  commit: (value: V | null, mode: CommitMode) => string | undefined,
): FieldDraft {
  const store = useDocumentStore();
  const seen = JSON.stringify(value ?? null);
  const [state, setState] = useState<DraftState>(() => ({ text: format(value), error: undefined, seen, focused: false, forceSync: false }));

  let current = state;
  if (state.seen !== seen) {
    current =
      state.focused && !state.forceSync
        ? { ...state, seen }
        : { text: format(value), error: undefined, seen, focused: state.focused, forceSync: false };
    setState(current);
  }

  const setText = useCallback(
    (text: string, mode: CommitMode = 'typing') => {
      const parsed = parse(text);
      const error = parsed.ok ? commit(parsed.value, mode) : parsed.message;
      setState((s) => ({ ...s, text, error, forceSync: false }));
    },
    [parse, commit],
  );

  const onFocus = useCallback(() => setState((s) => ({ ...s, focused: true })), []);

  const onBlur = useCallback(() => {
    store.sealHistory();
    setState((s) => ({ ...s, focused: false, forceSync: false, ...(s.error ? {} : { text: format(JSON.parse(s.seen) ?? undefined) }) }));
  }, [store, format]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const step = historyKey(e);
      if (!step) return;
      // Every keystroke is already in the document, so the document's undo is the input's undo.
      e.preventDefault();
      e.stopPropagation();
      store.sealHistory();
      setState((s) => ({ ...s, forceSync: true }));
      if (step === 'undo') store.undo();
      else store.redo();
    },
    [store],
  );

  return { text: current.text, error: current.error, setText, onFocus, onBlur, onKeyDown };
}

function historyKey(e: KeyboardEvent<HTMLElement>): 'undo' | 'redo' | undefined {
  if (!(e.metaKey || e.ctrlKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
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
  /** A keystroke in the last moment: the user is typing, so outside changes wait. */
  typing: boolean;
  /** JSON of the value this input last committed, to tell its own echo from outside changes. */
  own: string | undefined;
  /** Undo or redo was pressed in this input: show its result even though it has focus. */
  forceSync: boolean;
}

/** How long after a keystroke the user still counts as typing. */
const TYPING_MS = 1_000;

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
 * When the document changes from elsewhere (undo from a menu, a merge) the text follows
 * it — except while the user is typing in this input, whose keystrokes are never
 * overwritten — and an unfocused input with a refused text keeps it until the value moves.
 */
export function useFieldDraft<V>(
  value: V | undefined,
  format: (v: V | undefined) => string,
  parse: (text: string) => Parsed<V>,
  commit: (value: V | null, mode: CommitMode) => string | undefined,
): FieldDraft {
  const store = useDocumentStore();
  const seen = JSON.stringify(value ?? null);
  const [state, setState] = useState<DraftState>(() => ({
    text: format(value),
    error: undefined,
    seen,
    focused: false,
    typing: false,
    own: undefined,
    forceSync: false,
  }));
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  let current = state;
  if (state.seen !== seen) {
    const ownEcho = state.focused && seen === state.own;
    const keep = !state.forceSync && (ownEcho || (state.focused && state.typing));
    current = keep ? { ...state, seen } : { ...state, text: format(value), error: undefined, seen, own: undefined, forceSync: false };
    setState(current);
  }

  const setText = useCallback(
    (text: string, mode: CommitMode = 'typing') => {
      const parsed = parse(text);
      const error = parsed.ok ? commit(parsed.value, mode) : parsed.message;
      const own = parsed.ok && !error ? JSON.stringify(parsed.value) : undefined;
      setState((s) => ({ ...s, text, error, typing: true, forceSync: false, ...(own !== undefined ? { own } : {}) }));
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => setState((s) => ({ ...s, typing: false })), TYPING_MS);
    },
    [parse, commit],
  );

  const onFocus = useCallback(() => setState((s) => ({ ...s, focused: true })), []);

  const onBlur = useCallback(() => {
    store.sealHistory();
    setState((s) => ({ ...s, focused: false, typing: false, forceSync: false, ...(s.error ? {} : { text: format(JSON.parse(s.seen) ?? undefined) }) }));
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

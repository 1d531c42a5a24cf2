import { ACTION_IDS, actionSpec, isActionId, shortcutsOf, type ActionId, type ActionSpec } from '../../../shared/actions';
import { chordMatches, parseShortcut, type Chord, type KeyLike } from './shortcuts';

export { primaryShortcut, shortcutsOf, type ActionId } from '../../../shared/actions';

/**
 * What an action does, bound by the feature that owns the behaviour; its label, keys and
 * places come from the catalogue (`shared/actions.ts`).
 */
export interface ActionHandler {
  run(): void | Promise<void>;
  /** Evaluated when the action is about to run or be shown; absent means always enabled. */
  enabled?(): boolean;
}

/** Handlers by action id: only declared ids are accepted (a typo does not compile). */
export type ActionHandlers = { readonly [Id in ActionId]?: ActionHandler };

/** A declared action with the handler that currently performs it. */
export interface Action extends ActionSpec, ActionHandler {
  readonly id: ActionId;
}

/** Why `run` did nothing, for callers (menus) that want to say so. */
export type RunOutcome = 'ran' | 'unknown' | 'disabled';

/** Catalogue ids with no handler, and ids with more than one at once (a panel shadowing another). */
export interface HandlerCoverage {
  missing: ActionId[];
  repeated: ActionId[];
}

interface Pending {
  chords: Chord[];
  at: number;
}

/** A pressed first chord (of `N S`) waits this long for the second. */
const SEQUENCE_MS = 1_500;

/**
 * Holds the handlers of the declared actions. Binding an id that already has a handler
 * shadows it until the newer binding is removed (so a focused panel can take over
 * `edit.delete`).
 */
export class ActionRegistry {
  private stacks = new Map<ActionId, ActionHandler[]>();
  private listeners = new Set<() => void>();
  private version = 0;
  private pending: Pending | undefined;

  register(handlers: ActionHandlers): () => void {
    const bound = Object.entries(handlers).filter((entry): entry is [ActionId, ActionHandler] => isActionId(entry[0]) && entry[1] !== undefined);
    for (const [id, handler] of bound) {
      const stack = this.stacks.get(id) ?? [];
      stack.push(handler);
      this.stacks.set(id, stack);
    }
    this.changed();
    return () => {
      for (const [id, handler] of bound) {
        const stack = this.stacks.get(id);
        if (!stack) continue;
        const i = stack.lastIndexOf(handler);
        if (i >= 0) stack.splice(i, 1);
        if (!stack.length) this.stacks.delete(id);
      }
      this.changed();
    };
  }

  get(id: ActionId): Action | undefined {
    const stack = this.stacks.get(id);
    const handler = stack?.[stack.length - 1];
    return handler ? { ...actionSpec(id), id, run: handler.run, ...(handler.enabled ? { enabled: handler.enabled } : {}) } : undefined;
  }

  /** Every action that has a handler, in catalogue order. */
  list(): Action[] {
    return ACTION_IDS.flatMap((id) => this.get(id) ?? []);
  }

  /** Which declared actions nothing performs, and which have several handlers at once. */
  coverage(): HandlerCoverage {
    return {
      missing: ACTION_IDS.filter((id) => !this.stacks.has(id)),
      repeated: ACTION_IDS.filter((id) => (this.stacks.get(id)?.length ?? 0) > 1),
    };
  }

  isEnabled(id: ActionId): boolean {
    const a = this.get(id);
    return !!a && (a.enabled?.() ?? true);
  }

  run(id: ActionId): RunOutcome {
    const a = this.get(id);
    if (!a) return 'unknown';
    if (a.enabled && !a.enabled()) return 'disabled';
    const out = a.run();
    if (out instanceof Promise) out.catch((e: unknown) => console.error(`action ${id} failed`, e));
    return 'ran';
  }

  /** Bumps on every (un)binding; for useSyncExternalStore. */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Runs the action whose shortcut this key press completes; returns true when it did (the
   * caller then prevents the default). Keys typed into fields (`typing`) only reach
   * `inFields` actions.
   */
  handleKey(e: KeyLike & { isComposing?: boolean }, typing: boolean, now = Date.now()): boolean {
    if (e.isComposing || ['Shift', 'Control', 'Meta', 'Alt'].includes(e.key)) return false;
    const prefix = this.pending && now - this.pending.at < SEQUENCE_MS ? this.pending.chords : [];
    this.pending = undefined;
    let startsSequence: Chord | undefined;
    for (const action of this.list()) {
      if (typing && !action.inFields) continue;
      for (const text of shortcutsOf(action)) {
        const chords = parseShortcut(text);
        const matched = matchesSequence(chords, prefix, e);
        if (matched === 'complete') {
          if (action.enabled && !action.enabled()) return false;
          this.run(action.id);
          return true;
        }
        if (matched === 'prefix' && prefix.length === 0) startsSequence = chords[0];
      }
    }
    if (startsSequence) {
      this.pending = { chords: [startsSequence], at: now };
      return true;
    }
    return false;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

function sameChord(a: Chord, b: Chord): boolean {
  return a.key === b.key && a.mod === b.mod && a.shift === b.shift && a.alt === b.alt;
}

function matchesSequence(chords: readonly Chord[], prefix: readonly Chord[], e: KeyLike): 'complete' | 'prefix' | 'no' {
  if (prefix.length >= chords.length) return 'no';
  for (let i = 0; i < prefix.length; i++) if (!sameChord(chords[i]!, prefix[i]!)) return 'no';
  if (!chordMatches(chords[prefix.length]!, e)) return 'no';
  return prefix.length + 1 === chords.length ? 'complete' : 'prefix';
}

/** The window's registry: native menus and the shell's key handler reach actions through it. */
export const actionRegistry = new ActionRegistry();

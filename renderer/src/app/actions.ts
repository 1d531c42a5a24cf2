import { chordMatches, parseShortcut, type Chord, type KeyLike } from './shortcuts';

/**
 * Declared user actions (the excalidraw pattern): one definition drives the toolbar, the
 * context menu, keyboard shortcuts, the command palette and the native menus (which send the
 * action id to the renderer). Features register theirs with `useRegisterActions`.
 */

/** The ids the native menus and the shell know about. Features may add their own ids. */
export const KNOWN_ACTION_IDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.mergeCopy',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'edit.copy',
  'edit.paste',
  'edit.find',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.focusCredential',
  'create.skill',
  'create.outcome',
  'create.assessment',
  'create.activity',
  'create.credential',
  'create.program',
  'layout.auto',
  'link.to',
  'view.suggestedLinks',
  'comment.add',
  'revision.mark',
  'revision.panel',
  'review.import',
  'review.panel',
] as const;

export type KnownActionId = (typeof KNOWN_ACTION_IDS)[number];
/** A known id, or a feature's own dotted id (`readiness.toggle`). */
export type ActionId = KnownActionId | (string & {});

export interface Action {
  id: ActionId;
  /** What menus and the palette show, e.g. "Save As…". */
  label: string;
  /** `Mod+S`; an array gives alternatives, the first is the one shown. */
  shortcut?: string | readonly string[];
  run(): void | Promise<void>;
  /** Evaluated when the action is about to run or be shown; absent means always enabled. */
  enabled?(): boolean;
  /**
   * Whether the shortcut also works while the user types in a field. Save, Open and Find
   * do; Delete, Select All, Copy and Paste leave the field its own behaviour.
   */
  inFields?: boolean;
  /** Other words the command palette finds it by ("connect" for Link to…). */
  keywords?: readonly string[];
}

/** Why `run` did nothing, for callers (menus) that want to say so. */
export type RunOutcome = 'ran' | 'unknown' | 'disabled';

interface Pending {
  chords: Chord[];
  at: number;
}

/** A pressed first chord (of `N S`) waits this long for the second. */
const SEQUENCE_MS = 1_500;

/**
 * Holds the registered actions. Registering an id that is already present shadows it until
 * the newer registration is removed (so a focused panel can take over `edit.delete`).
 */
export class ActionRegistry {
  private stacks = new Map<string, Action[]>();
  private listeners = new Set<() => void>();
  private version = 0;
  private pending: Pending | undefined;

  register(actions: readonly Action[]): () => void {
    for (const a of actions) {
      const stack = this.stacks.get(a.id) ?? [];
      stack.push(a);
      this.stacks.set(a.id, stack);
    }
    this.changed();
    return () => {
      for (const a of actions) {
        const stack = this.stacks.get(a.id);
        if (!stack) continue;
        const i = stack.lastIndexOf(a);
        if (i >= 0) stack.splice(i, 1);
        if (!stack.length) this.stacks.delete(a.id);
      }
      this.changed();
    };
  }

  get(id: ActionId): Action | undefined {
    const stack = this.stacks.get(id);
    return stack?.[stack.length - 1];
  }

  /** Every registered action (the newest of each id), in registration order of ids. */
  list(): Action[] {
    return [...this.stacks.values()].map((s) => s[s.length - 1]!);
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

  /** Bumps on every (un)registration; for useSyncExternalStore. */
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

export function shortcutsOf(a: Action): readonly string[] {
  return a.shortcut === undefined ? [] : typeof a.shortcut === 'string' ? [a.shortcut] : a.shortcut;
}

/** The shortcut shown for an action, if any. */
export function primaryShortcut(a: Action): string | undefined {
  return shortcutsOf(a)[0];
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

/** Runs a registered action by id (what a native menu item does). */
export function runAction(id: ActionId): RunOutcome {
  return actionRegistry.run(id);
}

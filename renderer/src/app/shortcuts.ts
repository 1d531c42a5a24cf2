/**
 * Keyboard shortcuts written once, as text: `Mod+S`, `Mod+Shift+Z`, `Delete`, `N S` (press N,
 * then S). `Mod` is Cmd on macOS and Ctrl elsewhere. Pure string handling plus a KeyboardEvent
 * matcher, so menus, tooltips and the key handler read the same definition.
 */

/** The parts of a key press a shortcut looks at (a KeyboardEvent has them all). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower-case key name as in KeyboardEvent.key (`s`, `delete`, `=`, `arrowup`). */
  key: string;
}

const ALIASES: Readonly<Record<string, string>> = { plus: '+', esc: 'escape', del: 'delete', space: ' ' };

export function isMacPlatform(): boolean {
  const nav = (globalThis as { navigator?: { platform?: string; userAgent?: string } }).navigator;
  return !!nav && /Mac|iPhone|iPad/.test(nav.platform || nav.userAgent || '');
}

export function parseChord(text: string): Chord {
  const parts = text.split('+').filter((p, i, all) => p !== '' || i === all.length - 1);
  const chord: Chord = { mod: false, shift: false, alt: false, key: '' };
  for (const raw of parts) {
    const p = raw.toLowerCase();
    if (p === 'mod' || p === 'ctrl' || p === 'cmd') chord.mod = true;
    else if (p === 'shift') chord.shift = true;
    else if (p === 'alt' || p === 'option') chord.alt = true;
    else chord.key = ALIASES[p] ?? (p === '' ? '+' : p);
  }
  return chord;
}

/** A shortcut is one or more chords separated by spaces. */
export function parseShortcut(text: string): Chord[] {
  return text.trim().split(/\s+/).map(parseChord);
}

/** The key of an event, normalised so that Shift+= and = both read as `=` on US layouts. */
function eventKey(e: Pick<KeyLike, 'key' | 'code'>): string {
  if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(e.code)) return e.code.slice(5);
  return e.key.toLowerCase();
}

export function chordMatches(chord: Chord, e: KeyLike, mac = isMacPlatform()): boolean {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const stray = mac ? e.ctrlKey : e.metaKey;
  if (mod !== chord.mod || stray || e.altKey !== chord.alt) return false;
  const key = eventKey(e);
  if (key === chord.key) {
    // Shift is significant for letters and named keys; for punctuation it is part of the character.
    return chord.shift === e.shiftKey || (!/^[a-z0-9]$/.test(key) && chord.key.length === 1 && !chord.shift);
  }
  // `Mod+=` also matches `Mod++` (the same physical key with Shift on most layouts).
  if (chord.key === '=' && e.key === '+') return true;
  return false;
}

/** How a shortcut is shown in tooltips and the palette: `⌘⇧Z` on macOS, `Ctrl+Shift+Z` elsewhere. */
export function formatShortcut(text: string, mac = isMacPlatform()): string {
  return parseShortcut(text)
    .map((c) => {
      const key = c.key === ' ' ? 'Space' : c.key.length === 1 ? c.key.toUpperCase() : c.key[0]!.toUpperCase() + c.key.slice(1);
      if (mac) return `${c.mod ? '⌘' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${key}`;
      return [c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
    })
    .join(' then ');
}

/** Electron's accelerator syntax for a one-chord shortcut (`CmdOrCtrl+Shift+Z`), for native menus. */
export function toAccelerator(text: string): string | undefined {
  const chords = parseShortcut(text);
  if (chords.length !== 1) return undefined;
  const c = chords[0]!;
  const key = c.key === '+' ? 'Plus' : c.key === ' ' ? 'Space' : c.key.length === 1 ? c.key.toUpperCase() : c.key[0]!.toUpperCase() + c.key.slice(1);
  return [c.mod ? 'CmdOrCtrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** What isTypingTarget reads of an element (duck-typed, so this module needs no DOM). */
interface ElementLike {
  tagName?: unknown;
  type?: unknown;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

const NOT_TEXT_INPUTS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/**
 * True when keys typed into this element are text, not commands (inputs, text areas,
 * editable content), or when it sits in a region that keeps its own keys (`data-own-keys`).
 */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as ElementLike;
  if (typeof el.tagName !== 'string') return false;
  if (el.closest?.('[data-own-keys]')) return true;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT_INPUTS.has(typeof el.type === 'string' ? el.type : 'text');
}

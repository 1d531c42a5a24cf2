import { describe, expect, it, vi } from 'vitest';
import { ActionRegistry } from '../../../renderer/src/app/actions';
import { ACTIONS } from '../../../shared/actions';
import { formatShortcut, isTypingTarget, parseShortcut, toAccelerator, type KeyLike } from '../../../renderer/src/app/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('reads and shows them per platform, and converts them for native menus', () => {
    expect(parseShortcut('Mod+Shift+Z')).toEqual([{ mod: true, shift: true, alt: false, key: 'z' }]);
    expect(parseShortcut('N S')).toHaveLength(2);
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('N S', false)).toBe('N then S');
    expect(toAccelerator('Mod+S')).toBe('CmdOrCtrl+S');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('N S')).toBeUndefined();
  });

  it('tells text fields from other elements', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', closest: () => ({}) })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('declares every known action once with a label', () => {
    for (const [id, entry] of Object.entries(ACTIONS)) expect({ id, label: entry.label.length > 0 }).toEqual({ id, label: true });
  });
});

describe('the action registry', () => {
  it('runs an action by id, respects enabled(), and lets a newer registration shadow an older one', () => {
    const r = new ActionRegistry();
    const first = vi.fn();
    const second = vi.fn();
    const off = r.register({ 'edit.delete': { run: first } });
    expect(r.run('edit.delete')).toBe('ran');
    const offSecond = r.register({ 'edit.delete': { run: second, enabled: () => false } });
    expect(r.run('edit.delete')).toBe('disabled');
    offSecond();
    r.run('edit.delete');
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).not.toHaveBeenCalled();
    off();
    expect(r.run('edit.delete')).toBe('unknown');
  });

  it('matches shortcuts with Ctrl off macOS, keeps typing for fields unless the action says otherwise, and completes two-key sequences', () => {
    const r = new ActionRegistry();
    const save = vi.fn();
    const del = vi.fn();
    const skill = vi.fn();
    r.register({ 'file.save': { run: save }, 'edit.delete': { run: del }, 'create.skill': { run: skill } });
    expect(r.handleKey(key('s', { ctrlKey: true }), false)).toBe(true);
    expect(r.handleKey(key('s', { ctrlKey: true }), true)).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(r.handleKey(key('Delete'), true)).toBe(false);
    expect(r.handleKey(key('Delete'), false)).toBe(true);
    expect(del).toHaveBeenCalledTimes(1);
    expect(r.handleKey(key('n'), false, 1_000)).toBe(true);
    expect(r.handleKey(key('s'), false, 1_200)).toBe(true);
    expect(skill).toHaveBeenCalledTimes(1);
    // Too slow: the second key no longer completes the sequence.
    r.handleKey(key('n'), false, 5_000);
    expect(r.handleKey(key('s'), false, 9_000)).toBe(false);
    expect(skill).toHaveBeenCalledTimes(1);
  });
});

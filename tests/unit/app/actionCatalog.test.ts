import { describe, expect, it, vi } from 'vitest';
import { ActionRegistry, type ActionHandlers } from '../../../renderer/src/app/actions';
import { ACTION_IDS, ACTIONS, actionSpec, isActionId, menuGroup, menuShortcut, shortcutsOf } from '../../../shared/actions';
import type { HostEvent } from '../../../shared/ipc';
import { parseShortcut } from '../../../renderer/src/app/shortcuts';

const noop = () => undefined;

describe('the action catalogue', () => {
  it('accepts only declared ids where an action is bound, run or sent by a menu', () => {
    const registry = new ActionRegistry();
    // @ts-expect-error — a typo in an action id does not compile.
    const typo: ActionHandlers = { 'file.sav': { run: noop } };
    // @ts-expect-error — nor does running one.
    registry.run('link.too');
    // @ts-expect-error — nor a native menu's event for one.
    const event: HostEvent = { type: 'action', id: 'edit.undoo' };
    // At run time an undeclared id binds nothing and runs nothing.
    registry.register(typo);
    expect(registry.list()).toEqual([]);
    expect(isActionId(event.type === 'action' ? event.id : '')).toBe(false);
    expect(isActionId('edit.undo')).toBe(true);
    expect(isActionId('toString')).toBe(false);
  });

  it('declares each action once, with a label, shortcuts that parse, and no shortcut used by two actions', () => {
    const seen = new Map<string, string>();
    for (const id of ACTION_IDS) {
      const spec = actionSpec(id);
      expect(spec.label.trim().length, id).toBeGreaterThan(0);
      for (const text of shortcutsOf(spec)) {
        expect(parseShortcut(text).every((c) => c.key !== ''), `${id} ${text}`).toBe(true);
        expect(seen.get(text), `${text} is ${id}'s and ${seen.get(text)}'s`).toBeUndefined();
        seen.set(text, id);
      }
    }
    expect(ACTION_IDS).toHaveLength(Object.keys(ACTIONS).length);
  });

  it('keeps the keys the app always had (Mod+= zooms in, Shift+1 fits, N S makes a skill)', () => {
    expect(ACTIONS['view.zoomIn'].shortcut).toBe('Mod+=');
    expect(ACTIONS['view.fit'].shortcut).toEqual(['Mod+0', 'Shift+1']);
    expect(ACTIONS['create.skill'].shortcut).toBe('N S');
    expect(ACTIONS['link.to'].keywords).toContain('connect');
    expect(menuShortcut('edit.redo', 'win32')).toBe('Mod+Y');
    expect(menuShortcut('edit.redo', 'linux')).toBe('Mod+Shift+Z');
    expect(menuShortcut('edit.delete', 'darwin')).toBeUndefined();
    expect(menuGroup('file', 'open')).toEqual(['file.new', 'file.open']);
  });
});

describe('the action registry', () => {
  it('reads label, keys and keywords from the catalogue and run/enabled from the handler', () => {
    const r = new ActionRegistry();
    const run = vi.fn();
    r.register({ 'link.to': { run, enabled: () => false } });
    const action = r.get('link.to');
    expect(action).toMatchObject({ id: 'link.to', label: 'Link to…', shortcut: 'Mod+Shift+K', keywords: ['connect', 'link', 'relate'] });
    expect(r.run('link.to')).toBe('disabled');
    expect(run).not.toHaveBeenCalled();
  });

  it('lists bound actions in catalogue order, whatever order they were bound in', () => {
    const r = new ActionRegistry();
    r.register({ 'view.fit': { run: noop } });
    r.register({ 'file.new': { run: noop }, 'edit.undo': { run: noop } });
    expect(r.list().map((a) => a.id)).toEqual(['file.new', 'edit.undo', 'view.fit']);
  });

  it('reports declared actions nothing performs and actions bound twice at once', () => {
    const r = new ActionRegistry();
    const all = Object.fromEntries(ACTION_IDS.map((id) => [id, { run: noop }])) as ActionHandlers;
    const off = r.register(all);
    expect(r.coverage()).toEqual({ missing: [], repeated: [] });
    const offDelete = r.register({ 'edit.delete': { run: noop } });
    expect(r.coverage()).toEqual({ missing: [], repeated: ['edit.delete'] });
    offDelete();
    off();
    r.register({ 'file.save': { run: noop } });
    expect(r.coverage().missing).toEqual(ACTION_IDS.filter((id) => id !== 'file.save'));
  });
});

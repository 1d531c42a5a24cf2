import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsService, createJsonFileBackend, type KeyValueBackend } from '../../../electron/services/settings';
import { DEFAULT_PREFERENCES } from '../../../shared/ipc';
import { makeTempDir } from '../cli/support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-settings-')));
afterEach(() => cleanup());

function memory(initial: Record<string, unknown> = {}): KeyValueBackend {
  const values = new Map(Object.entries(initial));
  return { get: (k) => values.get(k), set: (k, v) => void values.set(k, v) };
}

describe('settings', () => {
  it('has no identity until the user gives one; then keeps name and organisation', () => {
    const settings = new SettingsService(memory());
    expect(settings.getIdentity()).toBeNull();
    settings.setIdentity({ personId: 'pe_mia', name: '  Mia Chen ', organisation: 'Northfield State' });
    expect(settings.getIdentity()).toEqual({ personId: 'pe_mia', name: 'Mia Chen', organisation: 'Northfield State' });
  });

  it('refuses an identity without a name', () => {
    expect(() => new SettingsService(memory()).setIdentity({ personId: 'pe_mia', name: '   ' })).toThrow();
  });

  it('reads a damaged identity or preferences as absent or default, never crashing', () => {
    const settings = new SettingsService(memory({ identity: { name: 42 }, preferences: { autosaveSeconds: 'soon' } }));
    expect(settings.getIdentity()).toBeNull();
    expect(settings.getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('merges preference changes over the defaults and validates them', () => {
    const settings = new SettingsService(memory());
    expect(settings.setPreferences({ autosaveSeconds: 10 })).toEqual({ ...DEFAULT_PREFERENCES, autosaveSeconds: 10 });
    expect(() => settings.setPreferences({ autosaveSeconds: 0 })).toThrow();
  });

  it('keeps the ten newest recent files, each once, newest first', () => {
    const settings = new SettingsService(memory());
    for (let i = 0; i < 12; i++) settings.addRecent(`/maps/m${i}.mcred`, `Map ${i}`, new Date(Date.UTC(2026, 0, 1, i)));
    settings.addRecent('/maps/m5.mcred', 'Map five');
    const recent = settings.listRecent();
    expect(recent).toHaveLength(10);
    expect(recent[0]).toMatchObject({ path: '/maps/m5.mcred', title: 'Map five' });
    expect(recent.filter((r) => r.path === '/maps/m5.mcred')).toHaveLength(1);
    expect(settings.isRecent('/maps/m0.mcred')).toBe(false);
    settings.removeRecent('/maps/m5.mcred');
    expect(settings.isRecent('/maps/m5.mcred')).toBe(false);
  });

  it('stores window bounds and drops nonsense', () => {
    const settings = new SettingsService(memory({ windowBounds: { width: -5, height: 'tall' } }));
    expect(settings.getWindowBounds()).toBeNull();
    settings.setWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximised: true });
    expect(settings.getWindowBounds()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximised: true });
  });
});

describe('the JSON settings file (browser host)', () => {
  it('persists atomically and reads back in a new process', async () => {
    const file = join(dir, 'data', 'settings.json');
    const backend = createJsonFileBackend(file);
    new SettingsService(backend).setIdentity({ personId: 'pe_mia', name: 'Mia Chen' });
    await backend.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ identity: { name: 'Mia Chen' } });
    expect(new SettingsService(createJsonFileBackend(file)).getIdentity()).toMatchObject({ name: 'Mia Chen' });
  });

  it('starts empty from a corrupt file instead of failing', () => {
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{ broken');
    expect(new SettingsService(createJsonFileBackend(file)).getIdentity()).toBeNull();
  });

  it('cannot be steered into the prototype chain by a hand-edited file', () => {
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{"__proto__": {"polluted": true}, "identity": {"personId": "pe_x", "name": "X"}}');
    const settings = new SettingsService(createJsonFileBackend(file));
    expect(settings.getIdentity()).toMatchObject({ name: 'X' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

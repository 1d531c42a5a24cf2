import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventQueue } from '../../electron/host/eventQueue';
import type { DesktopHooks } from '../../electron/host/nodeStudioApi';
import { makeWindowContext, type DocumentSpec } from '../../electron/host/windowContext';
import { hashBytes } from '../../electron/services/documents';
import { RecoveryStore } from '../../electron/services/recovery';
import { applyAll, emptyMap } from './cli/support/maps';
import { makeTempDir } from './cli/support/runCli';
import { makeRig, writeMap as writeMapIn } from './host/support/hostRig';

/**
 * The host side of StudioApi as one window sees it (shared by Electron main and the browser
 * host): which files a window may save over, where Open and New put a map, recent files,
 * recovery clean-up, and the event long-poll.
 */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-host-')));
afterEach(() => cleanup());

const writeMap = (name: string, title?: string) => writeMapIn(dir, name, title);
const rig = (spec: DocumentSpec, desktop?: Partial<DesktopHooks>) => makeRig(dir, spec, desktop);

describe('what a window may save over', () => {
  it('its own file, after opening it', async () => {
    const path = writeMap('mine.mcred');
    const { api } = rig({ kind: 'file', path });
    const opened = await api.openInitialDocument();
    if (!opened.ok || opened.source.kind !== 'file') throw new Error('did not open');
    const doc = applyAll(opened.doc, [{ name: 'settings.update', payload: { changes: { title: 'Edited' } } }]);
    expect(await api.saveDocument({ doc, path, baseHash: opened.source.hash })).toMatchObject({ ok: true });
  });

  it('not a file it never opened, which stays untouched', async () => {
    const mine = writeMap('mine.mcred');
    const other = writeMap('other.mcred');
    const before = readFileSync(other);
    const { api } = rig({ kind: 'file', path: mine });
    const result = await api.saveDocument({ doc: emptyMap(), path: other, baseHash: hashBytes(before) });
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('a file chosen in Save As, from then on', async () => {
    const { api } = rig({ kind: 'example' });
    const saved = await api.saveDocumentAs({ doc: emptyMap(), path: join(dir, 'chosen') });
    expect(saved).toMatchObject({ ok: true, path: join(dir, 'chosen.mcred') });
    if (!saved.ok) return;
    const again = await api.saveDocument({ doc: applyAll(emptyMap(), [{ name: 'settings.update', payload: { changes: { title: 'Two' } } }]), path: saved.path, baseHash: saved.hash });
    expect(again).toMatchObject({ ok: true });
    expect((await api.openInitialDocument()).ok).toBe(true);
  });
});

describe('where Open and New put a map (desktop: one window per map)', () => {
  it('into this window when it holds only an untouched example', async () => {
    const path = writeMap('a.mcred');
    const openWindow = vi.fn();
    const { api, ctx, settings } = rig({ kind: 'example' }, { openWindow });
    settings.addRecent(path, 'A');
    expect(await api.openDocument({ path, replace: true })).toMatchObject({ status: 'opened', result: { ok: true } });
    expect(ctx.current).toEqual({ kind: 'file', path });
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('into a new window when this one holds work', async () => {
    const path = writeMap('a.mcred');
    const openWindow = vi.fn();
    const { api, settings } = rig({ kind: 'example' }, { openWindow });
    settings.addRecent(path, 'A');
    expect(await api.openDocument({ path, replace: false })).toEqual({ status: 'elsewhere' });
    expect(openWindow).toHaveBeenCalledWith({ kind: 'file', path });
    expect(await api.newDocument({ replace: false })).toEqual({ status: 'elsewhere' });
    expect(openWindow).toHaveBeenLastCalledWith({ kind: 'untitled' });
  });

  it('brings forward the window that already shows the file', async () => {
    const path = writeMap('a.mcred');
    const focusWindowFor = vi.fn(() => true);
    const { api, settings } = rig({ kind: 'example' }, { focusWindowFor });
    settings.addRecent(path, 'A');
    expect(await api.openDocument({ path, replace: true })).toEqual({ status: 'elsewhere' });
    expect(focusWindowFor).toHaveBeenCalledWith(path, expect.anything());
  });

  it('shows the system dialog when no path is given, and does nothing when it is cancelled', async () => {
    const { api } = rig({ kind: 'example' }, { chooseFileToOpen: async () => null });
    expect(await api.openDocument({ replace: true })).toEqual({ status: 'cancelled' });
  });

  it('Save As through the system dialog does not replace a file the dialog never showed', async () => {
    writeMap('taken.mcred');
    const { api } = rig({ kind: 'example' }, { chooseSavePath: async () => join(dir, 'taken') });
    expect(await api.saveDocumentAs({ doc: emptyMap() })).toMatchObject({ ok: false, code: 'exists' });
  });
});

describe('recent files, recovery and events', () => {
  it('opens a recent file, refuses a path that is not on the list, and forgets a file that is gone', async () => {
    const path = writeMap('recent.mcred', 'Recent map');
    const { api, settings } = rig({ kind: 'example' });
    await api.openDocument({ path, replace: true });
    expect(settings.listRecent()).toEqual([expect.objectContaining({ path, title: 'Recent map' })]);
    expect(await api.openRecent({ path: join(dir, 'elsewhere.mcred'), replace: true })).toMatchObject({ status: 'opened', result: { ok: false } });
    settings.addRecent(join(dir, 'gone.mcred'), 'Gone');
    await api.openRecent({ path: join(dir, 'gone.mcred'), replace: true });
    expect(settings.isRecent(join(dir, 'gone.mcred'))).toBe(false);
  });

  it('removes the session\'s recovery copy once a save succeeds', async () => {
    const { api } = rig({ kind: 'example' });
    await api.autosave({ sessionId: 'sess0001', path: null, title: 'x', doc: emptyMap() });
    expect(existsSync(join(dir, 'recovery', 'sess0001.json'))).toBe(true);
    await api.saveDocumentAs({ doc: emptyMap(), path: join(dir, 'saved.mcred'), sessionId: 'sess0001' });
    await vi.waitFor(() => expect(existsSync(join(dir, 'recovery', 'sess0001.json'))).toBe(false));
  });

  it('does not offer one window\'s live work to another window of the same app', async () => {
    const { api, windows } = rig({ kind: 'example' });
    const other = makeWindowContext(2, { kind: 'untitled' });
    other.sessions.add('liveothr');
    windows.push(other);
    await new RecoveryStore({ dir: join(dir, 'recovery') }).write({ sessionId: 'liveothr', path: null, title: 'Busy', doc: emptyMap() });
    await new RecoveryStore({ dir: join(dir, 'recovery') }).write({ sessionId: 'orphan01', path: null, title: 'Lost', doc: emptyMap() });
    expect((await api.listRecoverable({ path: null, sessionId: 'mine0001' })).map((r) => r.id)).toEqual(['orphan01']);
  });

  it('the long-poll answers as soon as an event arrives, and a cursor never repeats one', async () => {
    const queue = new EventQueue(5_000);
    const waiting = queue.poll(0);
    queue.push({ type: 'action', id: 'file.save' });
    const first = await waiting;
    expect(first.events).toEqual([{ type: 'action', id: 'file.save' }]);
    queue.push({ type: 'action', id: 'edit.undo' });
    expect((await queue.poll(first.cursor)).events).toEqual([{ type: 'action', id: 'edit.undo' }]);
    const idle = await new EventQueue(20).poll(0);
    expect(idle.events).toEqual([]);
  });

  it('hands only the frameworks\' and standards\' sites and e-mail addresses to the system', async () => {
    const openExternal = vi.fn(async () => undefined);
    const { api } = rig({ kind: 'example' }, { openExternal });
    expect(await api.openExternal({ url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)' })).toBe(true);
    expect(await api.openExternal({ url: 'mailto:registry@nzqa.govt.nz' })).toBe(true);
    for (const url of ['https://example.org/docs', 'http://europa.eu/', 'https://europa.eu.evil.example/', 'https://evileuropa.eu/', 'https://europa.eu:8443/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@europa.eu/', 'smb://server/share', 'mailto:a@b.org?attach=/etc/passwd', 'mailto:']) {
      expect(await api.openExternal({ url }), url).toBe(false);
    }
    expect(openExternal).toHaveBeenCalledTimes(2);
  });
});

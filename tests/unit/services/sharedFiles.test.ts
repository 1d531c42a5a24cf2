import { existsSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm as rmAsync } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileWatches, type FileWatches, type FileWatchOptions } from '../../../electron/host/fileWatch';
import { createStudioCalls } from '../../../electron/host/nodeStudioApi';
import { makeWindowContext, type WindowContext } from '../../../electron/host/windowContext';
import { hashBytes, presenceFilePath, writeFileAtomic } from '../../../electron/services/documents';
import { RecoveryStore } from '../../../electron/services/recovery';
import { SettingsService, type KeyValueBackend } from '../../../electron/services/settings';
import { serialiseDocument } from '../../../shared/format';
import type { HostEvent, Identity, StudioCalls } from '../../../shared/ipc';
import type { McredDocument } from '../../../shared/model';
import { pause, waitFor } from '../../helpers/waitFor';
import { applyAll, emptyMap } from '../cli/support/maps';
import { makeTempDir } from '../cli/support/runCli';

/**
 * The shared-file calls of one window (electron/host/sharedFileCalls.ts) with the host's
 * real watcher (electron/host/fileWatch.ts): re-reading the map when someone else saved
 * it, reading another copy to merge, watching the map and showing who else has it open.
 */
let dir: string;
let cleanup: () => void;
let watches: FileWatches[];
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('mcred-shared-'));
  watches = [];
});
afterEach(async () => {
  await Promise.all(watches.map((w) => w.stopAll()));
  cleanup();
});

function memory(identity?: Identity): KeyValueBackend {
  const values = new Map<string, unknown>(identity ? [['identity', identity]] : []);
  return { get: (k) => values.get(k), set: (k, v) => void values.set(k, v) };
}

const retitled = (title: string) => applyAll(emptyMap(), [{ name: 'settings.update', payload: { changes: { title } } }]);

function writeMap(name: string, doc: McredDocument): { path: string; hash: string } {
  const path = join(dir, name);
  const bytes = serialiseDocument(doc);
  writeFileSync(path, bytes);
  return { path, hash: hashBytes(bytes) };
}

interface Window {
  api: StudioCalls;
  ctx: WindowContext;
  events: HostEvent[];
}

/** One window of one host process, showing `path`, with short watch intervals. */
function openWindow(path: string | null, identity?: Identity, options: FileWatchOptions = {}): Window {
  const settings = new SettingsService(memory(identity));
  const host = createFileWatches(() => settings.getIdentity(), { pollMs: 200, debounceMs: 30, refreshMs: 200, ...options });
  watches.push(host);
  const events: HostEvent[] = [];
  const ctx = makeWindowContext(1, path === null ? { kind: 'example' } : { kind: 'file', path }, (e) => events.push(e));
  const api = createStudioCalls(
    { info: { kind: 'browser', platform: 'linux', multiWindow: false, nativeDialogs: false }, settings, recovery: new RecoveryStore({ dir: join(dir, 'recovery') }), startFolder: dir, windows: () => [ctx], watchFile: host.watchFile },
    ctx,
  );
  return { api, ctx, events };
}

const ana: Identity = { personId: 'pe_ana', name: 'Ana Lopez', organisation: 'Acme Security' };
const ben: Identity = { personId: 'pe_ben', name: 'Ben Okafor' };

describe('checkDocument: has someone else saved my map?', () => {
  it('unchanged while the file still has my base hash', async () => {
    const { path, hash } = writeMap('map.mcred', retitled('Mine'));
    expect(await openWindow(path).api.checkDocument({ path, baseHash: hash })).toEqual({ status: 'unchanged' });
  });

  it('changed: their version, validated, with its hash as my new base', async () => {
    const { path, hash } = writeMap('map.mcred', retitled('Mine'));
    const theirs = writeMap('map.mcred', retitled('Theirs'));
    const result = await openWindow(path).api.checkDocument({ path, baseHash: hash });
    expect(result).toMatchObject({ status: 'changed', hash: theirs.hash, doc: { settings: { title: 'Theirs' } } });
  });

  it('unreadable when it was changed into something that is not a map', async () => {
    const { path, hash } = writeMap('map.mcred', retitled('Mine'));
    writeFileSync(path, '{ "format": "micro-credential-studio", ');
    const result = await openWindow(path).api.checkDocument({ path, baseHash: hash });
    expect(result.status).toBe('unreadable');
    expect(result.status === 'unreadable' && result.message).toMatch(/cannot be read.*Save As/);
  });

  it('missing when it was moved or deleted', async () => {
    const { path, hash } = writeMap('map.mcred', retitled('Mine'));
    renameSync(path, join(dir, 'elsewhere.mcred'));
    expect(await openWindow(path).api.checkDocument({ path, baseHash: hash })).toMatchObject({ status: 'missing', message: expect.stringMatching(/moved or deleted/) });
  });

  it('refuses a file this window did not open', async () => {
    const { path } = writeMap('map.mcred', retitled('Mine'));
    const other = writeMap('other.mcred', retitled('Not mine'));
    const result = await openWindow(path).api.checkDocument({ path: other.path, baseHash: other.hash });
    expect(result).toMatchObject({ status: 'unreadable', message: expect.stringMatching(/did not open/) });
  });
});

describe('readDocumentCopy: another copy to merge', () => {
  it('reads a conflicted copy beside the map, relative to its folder, without granting writes', async () => {
    const { path } = writeMap('map.mcred', retitled('Mine'));
    const copy = writeMap("map (Ben's conflicted copy).mcred", retitled('Theirs'));
    const { api, ctx } = openWindow(path);
    expect(await api.readDocumentCopy({ path: "map (Ben's conflicted copy).mcred" })).toMatchObject({ status: 'read', path: copy.path, doc: { settings: { title: 'Theirs' } } });
    expect(ctx.granted.has(copy.path)).toBe(false);
  });

  it('reports the problems of a copy that is not a map', async () => {
    const { path } = writeMap('map.mcred', retitled('Mine'));
    writeFileSync(join(dir, 'broken.mcred'), 'nope');
    const result = await openWindow(path).api.readDocumentCopy({ path: join(dir, 'broken.mcred') });
    expect(result).toMatchObject({ status: 'failed', path: join(dir, 'broken.mcred') });
    expect(result.status === 'failed' && result.problems.length).toBeGreaterThan(0);
  });

  it('is cancelled without a path where there is no system dialog (the browser host)', async () => {
    const { path } = writeMap('map.mcred', retitled('Mine'));
    expect(await openWindow(path).api.readDocumentCopy({})).toEqual({ status: 'cancelled' });
  });
});

describe('watchDocument', () => {
  it('refuses a file this window did not open', async () => {
    const { path } = writeMap('map.mcred', retitled('Mine'));
    const other = writeMap('other.mcred', retitled('Not mine'));
    const { api } = openWindow(path);
    expect(await api.watchDocument({ path: other.path, sessionId: 'sessionaaaa1' })).toMatchObject({ ok: false, message: expect.stringMatching(/did not open/) });
    expect(existsSync(presenceFilePath(other.path, 'sessionaaaa1'))).toBe(false);
  });

  it("tells the window when someone else saves, but not for presence or lock files", async () => {
    const { path } = writeMap('map.mcred', retitled('Mine'));
    // Counts our own presence writes: each is a refresh, followed by a look at the folder.
    let refreshes = 0;
    const presenceWriter = { write: (p: string, bytes: Uint8Array) => writeFileAtomic(p, bytes).then(() => void (refreshes += 1)), remove: (p: string) => rmAsync(p, { force: true }) };
    const { api, events } = openWindow(path, ana, { presenceWriter });
    expect(await api.watchDocument({ path, sessionId: 'sessionaaaa1' })).toEqual({ ok: true, others: [] });
    writeFileSync(join(dir, '~$map.mcred'), 'lock');
    writeFileSync(join(dir, '.~lock.map.mcred#'), 'lock');
    // Three more refreshes (and the folder polls between them) have seen the lock files.
    const seenLocks = refreshes + 3;
    await waitFor(() => refreshes >= seenLocks, 'three presence refreshes after the lock files');
    // The save by someone else comes after them: the watcher reports it, and nothing before it.
    writeMap('map.mcred', retitled('Theirs'));
    await waitFor(() => events.some((e) => e.type === 'file-changed'), 'a file-changed event');
    expect(events).toEqual([{ type: 'file-changed', path }]);
  });

  it('shows each window who else has the map open, and when they leave', async () => {
    const { path } = writeMap('map.mcred', retitled('Shared'));
    const first = openWindow(path, ana);
    const second = openWindow(path, ben);
    expect(await first.api.watchDocument({ path, sessionId: 'sessionaaaa1' })).toEqual({ ok: true, others: [] });
    const joined = await second.api.watchDocument({ path, sessionId: 'sessionbbbb2' });
    expect(joined).toMatchObject({ ok: true, others: [{ sessionId: 'sessionaaaa1', name: 'Ana Lopez', organisation: 'Acme Security' }] });
    const presenceOf = (w: Window) => w.events.filter((e) => e.type === 'presence');
    await waitFor(() => presenceOf(first).some((e) => e.type === 'presence' && e.others.some((o) => o.name === 'Ben Okafor')), 'the first window to see Ben');

    expect(await second.api.watchDocument({ path: null, sessionId: 'sessionbbbb2' })).toEqual({ ok: true, others: [] });
    await waitFor(() => !existsSync(presenceFilePath(path, 'sessionbbbb2')), 'its presence file to be removed');
    await waitFor(() => presenceOf(first).at(-1)?.type === 'presence' && (presenceOf(first).at(-1) as { others: unknown[] }).others.length === 0, 'the first window to see Ben leave');
  });

  it('a window closed just before shutdown still has its presence file removed by stopAll', async () => {
    const { path } = writeMap('map.mcred', retitled('Shared'));
    const slowRemoval = { write: (p: string, b: Uint8Array) => writeFileAtomic(p, b), remove: async (p: string) => (await pause(200), rmSync(p, { force: true })) };
    const { api, ctx } = openWindow(path, ana, { presenceWriter: slowRemoval });
    await api.watchDocument({ path, sessionId: 'sessionaaaa1' });
    ctx.watch?.stop();
    const host = watches[0]!;
    expect([host.active, host.idle]).toEqual([0, false]);
    await host.stopAll();
    expect(host.idle).toBe(true);
    expect(existsSync(presenceFilePath(path, 'sessionaaaa1'))).toBe(false);
  });

  it('watching again under the same session (a reloaded page) keeps the presence file', async () => {
    const { path } = writeMap('map.mcred', retitled('Shared'));
    // A slow removal (a network drive) must still not delete the new watch's file.
    let removals = 0;
    const slowRemoval = {
      write: (p: string, b: Uint8Array) => writeFileAtomic(p, b),
      remove: async (p: string) => (await pause(300), rmSync(p, { force: true }), void (removals += 1)),
    };
    const { api } = openWindow(path, ana, { presenceWriter: slowRemoval });
    await api.watchDocument({ path, sessionId: 'sessionaaaa1' });
    await api.watchDocument({ path, sessionId: 'sessionaaaa1' });
    // The first watch's removal has run to its end; the new watch's file is still there.
    await waitFor(() => removals >= 1, 'the first watch to remove its presence file');
    expect(existsSync(presenceFilePath(path, 'sessionaaaa1'))).toBe(true);
  });

  it('names an anonymous user "Unknown author" until they say who they are', async () => {
    const { path } = writeMap('map.mcred', retitled('Shared'));
    await openWindow(path).api.watchDocument({ path, sessionId: 'sessionaaaa1' });
    const second = openWindow(path, ben);
    expect(await second.api.watchDocument({ path, sessionId: 'sessionbbbb2' })).toMatchObject({ ok: true, others: [{ name: 'Unknown author', personId: 'unknown' }] });
  });

  it('a new path replaces the old watch, and stopping the host removes every presence file', async () => {
    const a = writeMap('a.mcred', retitled('A'));
    const b = writeMap('b.mcred', retitled('B'));
    const { api, ctx } = openWindow(a.path, ana);
    ctx.granted.add(b.path);
    await api.watchDocument({ path: a.path, sessionId: 'sessionaaaa1' });
    await waitFor(() => existsSync(presenceFilePath(a.path, 'sessionaaaa1')), 'the first presence file');
    await api.watchDocument({ path: b.path, sessionId: 'sessionaaaa1' });
    await waitFor(() => !existsSync(presenceFilePath(a.path, 'sessionaaaa1')) && existsSync(presenceFilePath(b.path, 'sessionaaaa1')), 'the presence to move to b');
    const host = watches[0]!;
    expect(host.active).toBe(1);
    await host.stopAll();
    expect([host.active, host.idle]).toEqual([0, true]);
    expect(existsSync(presenceFilePath(b.path, 'sessionaaaa1'))).toBe(false);
    unlinkSync(b.path);
  });
});

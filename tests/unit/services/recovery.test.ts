import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryStore, processIsAlive } from '../../../electron/services/recovery';
import { serialiseDocument } from '../../../shared/format';
import { applyAll, emptyMap } from '../cli/support/maps';
import { makeTempDir } from '../cli/support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-recovery-')));
afterEach(() => cleanup());

const edited = () => applyAll(emptyMap(), [{ name: 'settings.update', payload: { changes: { title: 'Unsaved title' } } }]);
const DEAD = 999_999_999;

/** A store as a process that has since died, and one as the process starting after it. */
function crashedAndRestarted(now = '2026-03-01T10:00:00.000Z') {
  const before = new RecoveryStore({ dir, pid: DEAD, isAlive: () => false, now: () => new Date(now) });
  const after = new RecoveryStore({ dir, pid: 4242, isAlive: (pid) => pid !== DEAD });
  return { before, after };
}

describe('recovery of unsaved work', () => {
  it('writes canonical JSON plus a small sidecar with the original path and time', async () => {
    const store = new RecoveryStore({ dir, now: () => new Date('2026-03-01T10:00:00.000Z') });
    await store.write({ sessionId: 'abcd1234', path: '/maps/cyber.mcred', title: 'Unsaved title', doc: edited() });
    expect(readFileSync(join(dir, 'abcd1234.mcred'), 'utf8')).toBe(serialiseDocument(edited()));
    expect(JSON.parse(readFileSync(join(dir, 'abcd1234.json'), 'utf8'))).toMatchObject({ path: '/maps/cyber.mcred', savedAt: '2026-03-01T10:00:00.000Z', pid: process.pid });
  });

  it('after a crash, offers the work for its file (newest first) and restores it intact', async () => {
    const { before, after } = crashedAndRestarted();
    await before.write({ sessionId: 'old00001', path: '/maps/a.mcred', title: 'Older', doc: emptyMap() });
    const later = new RecoveryStore({ dir, pid: DEAD, isAlive: () => false, now: () => new Date('2026-03-01T11:00:00.000Z') });
    await later.write({ sessionId: 'new00001', path: '/maps/a.mcred', title: 'Unsaved title', doc: edited() });
    await before.write({ sessionId: 'other001', path: '/maps/b.mcred', title: 'Other file', doc: emptyMap() });

    const offered = await after.list('/maps/a.mcred');
    expect(offered.map((r) => r.id)).toEqual(['new00001', 'old00001']);
    const restored = await after.adopt('new00001', 'fresh001');
    expect(restored.ok && restored.doc.settings.title).toBe('Unsaved title');
    expect(existsSync(join(dir, 'new00001.json'))).toBe(false);
    expect(existsSync(join(dir, 'fresh001.mcred'))).toBe(true);
  });

  it('offers untitled work (path null) separately from work on files', async () => {
    const { before, after } = crashedAndRestarted();
    await before.write({ sessionId: 'untitled1', path: null, title: 'Untitled map', doc: edited() });
    await before.write({ sessionId: 'file0001', path: '/maps/a.mcred', title: 'A', doc: edited() });
    expect((await after.list(null)).map((r) => r.id)).toEqual(['untitled1']);
  });

  it('does not offer work of a session that is still running: in another live process, or live in this one', async () => {
    const other = new RecoveryStore({ dir, pid: 777, isAlive: () => true });
    await other.write({ sessionId: 'liveelse1', path: null, title: 'Busy', doc: edited() });
    const mine = new RecoveryStore({ dir, pid: 4242, isAlive: () => true });
    await mine.write({ sessionId: 'liveself1', path: null, title: 'Mine', doc: edited() });
    await mine.write({ sessionId: 'gone0001', path: null, title: 'Reloaded tab', doc: edited() });
    const offered = await mine.list(null, new Set(['liveself1']));
    expect(offered.map((r) => r.id)).toEqual(['gone0001']);
  });

  it('discards both files, and a discarded copy is never offered again', async () => {
    const { before, after } = crashedAndRestarted();
    await before.write({ sessionId: 'drop0001', path: null, title: 'x', doc: edited() });
    await after.discard('drop0001');
    expect(readdirSync(dir)).toEqual([]);
    expect(await after.list(null)).toEqual([]);
  });

  it('never reads outside its folder, and refuses a tampered copy with a message', async () => {
    const store = new RecoveryStore({ dir, pid: 1, isAlive: () => false });
    expect(await store.read('../../etc/passwd')).toMatchObject({ ok: false });
    await expect(store.write({ sessionId: '../evil', path: null, title: 'x', doc: edited() })).rejects.toThrow();
    await store.write({ sessionId: 'tamper01', path: null, title: 'x', doc: edited() });
    writeFileSync(join(dir, 'tamper01.mcred'), '{"format":');
    const read = await store.read('tamper01');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/cannot be read/);
  });

  it('ignores sidecars that are not ours or are malformed', async () => {
    writeFileSync(join(dir, 'junk0001.json'), '{"version": 7}');
    writeFileSync(join(dir, 'notes.json'), 'hello');
    const store = new RecoveryStore({ dir, pid: 1, isAlive: () => false });
    expect(await store.list(null)).toEqual([]);
  });

  it('tells a live process from a dead one', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(DEAD)).toBe(false);
  });
});

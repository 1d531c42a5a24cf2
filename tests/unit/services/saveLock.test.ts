import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashBytes, saveDocumentFile } from '../../../electron/services/documents';
import { serialiseDocument } from '../../../shared/format';
import { emptyMap } from '../cli/support/maps';
import { LOCK_STALE_MS, LOCK_WAIT_MS, lockPathFor, withSaveLock, type SaveLockOptions } from '../../../electron/services/documents/saveLock';

let dir: string;
let path: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcred-lock-'));
  path = join(dir, 'map.mcred');
  lock = lockPathFor(path);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A clock that moves only when the save waits: each wait advances it and then runs
 * `duringWait` (another process refreshing its lock, say). No real time passes.
 */
function fakeTime(duringWait: () => void | Promise<void> = () => undefined): Required<Pick<SaveLockOptions, 'now' | 'sleep'>> & { started: number } {
  let t = 1_700_000_000_000;
  return {
    started: t,
    now: () => t,
    sleep: async (ms) => {
      t += ms;
      await duringWait();
    },
  };
}

/** A lock left by `owner`, its file dated `mtimeMs`. */
function plantLock(owner: { pid: number; host: string }, mtimeMs: number): void {
  writeFileSync(lock, JSON.stringify({ ...owner, token: 'theirs' }));
  utimesSync(lock, mtimeMs / 1000, mtimeMs / 1000);
}

/** What another process does while it saves: touch its lock. */
function refreshedBy(): () => void {
  let n = 0;
  return () => {
    if (!existsSync(lock)) return;
    const at = (Date.now() + ++n * 1000) / 1000;
    utimesSync(lock, at, at);
  };
}

/** The task of a save: checks it really holds the lock (a regular file with its own token). */
const lockedTask = async () => {
  const info = lstatSync(lock);
  expect(info.isFile() && !info.isSymbolicLink()).toBe(true);
  expect(readFileSync(lock, 'utf8')).not.toContain('theirs');
  return 'saved';
};

const ELSEWHERE = { pid: 4242, host: 'other-computer' };
const HERE = { host: 'this-computer', isProcessAlive: () => true };

describe('the save lock beside a shared map', () => {
  it('makes two saves of one file take turns, and removes the lock afterwards', async () => {
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`${name} in`);
      expect(existsSync(lock)).toBe(true);
      await new Promise((r) => setTimeout(r, 40));
      order.push(`${name} out`);
      return name;
    };
    const results = await Promise.all([withSaveLock(path, slow('a')), withSaveLock(path, slow('b'))]);
    expect(results).toEqual([
      { ok: true, value: 'a' },
      { ok: true, value: 'b' },
    ]);
    // Never both inside at once.
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over at once the lock of a process of this machine that is gone', async () => {
    const time = fakeTime();
    plantLock({ pid: 999_999, host: 'this-computer' }, time.now());
    const result = await withSaveLock(path, lockedTask, { ...time, host: 'this-computer', isProcessAlive: (pid) => pid !== 999_999 });
    expect(result).toEqual({ ok: true, value: 'saved' });
    expect(time.now()).toBe(time.started);
    expect(existsSync(lock)).toBe(false);
  });

  it('never saves unlocked after waiting: a lock held longer than the stale limit but refreshed makes the save refuse, untouched', async () => {
    const time = fakeTime(refreshedBy());
    plantLock(ELSEWHERE, time.now() - 5 * LOCK_STALE_MS);
    let ran = false;
    const result = await withSaveLock(path, async () => (ran = true), { ...time, ...HERE });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/"map\.mcred" is being saved by someone on "other-computer".*your changes are kept; save again/);
    expect(ran).toBe(false);
    expect(time.now() - time.started).toBeGreaterThanOrEqual(LOCK_WAIT_MS);
    expect(readFileSync(lock, 'utf8')).toContain('theirs');
  });

  it('takes over a lock that is older than the stale limit only once it has not been refreshed for the stale limit', async () => {
    const time = fakeTime();
    plantLock(ELSEWHERE, time.now() - 5 * LOCK_STALE_MS);
    const result = await withSaveLock(path, lockedTask, { ...time, ...HERE });
    expect(result).toEqual({ ok: true, value: 'saved' });
    expect(time.now() - time.started).toBeGreaterThanOrEqual(LOCK_STALE_MS);
    expect(time.now() - time.started).toBeLessThan(LOCK_WAIT_MS);
  });

  it('judges a lock dated in the future by whether it is refreshed, not by its date', async () => {
    const refreshed = fakeTime(refreshedBy());
    plantLock(ELSEWHERE, Date.now() + 3_600_000);
    expect((await withSaveLock(path, lockedTask, { ...refreshed, ...HERE })).ok).toBe(false);

    const abandoned = fakeTime();
    plantLock(ELSEWHERE, Date.now() + 3_600_000);
    expect(await withSaveLock(path, lockedTask, { ...abandoned, ...HERE })).toEqual({ ok: true, value: 'saved' });
    expect(abandoned.now() - abandoned.started).toBeGreaterThanOrEqual(LOCK_STALE_MS);
  });

  it('does not follow a symlinked lock: the link is replaced by a real lock, its target left alone', async () => {
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'keep me');
    const before = statSync(target).mtimeMs;
    symlinkSync(target, lock);
    const time = fakeTime();
    expect(await withSaveLock(path, lockedTask, { ...time, ...HERE })).toEqual({ ok: true, value: 'saved' });
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(statSync(target).mtimeMs).toBe(before);
    expect(existsSync(lock)).toBe(false);
  });

  it('is refreshed by its holder while it writes, so a waiter does not take it over however long the write takes', async () => {
    let refreshHolder: (() => Promise<void>) | undefined;
    let finishWrite: () => void = () => undefined;
    const holderTime = fakeTime();
    const inside = new Promise<void>((entered) => {
      void withSaveLock(
        path,
        () => {
          entered();
          return new Promise<void>((done) => (finishWrite = done));
        },
        { ...holderTime, ...HERE, every: (_ms, refresh) => ((refreshHolder = refresh), () => (refreshHolder = undefined)) },
      );
    });
    await inside;
    const holderToken = readFileSync(lock, 'utf8');
    // The waiter's clock runs; every time it waits, the holder's clock moves on and its refresh runs.
    const waiterTime = fakeTime(async () => {
      await holderTime.sleep(1_000);
      await refreshHolder?.();
    });
    let waiterRan = false;
    const waiter = await withSaveLock(path, async () => (waiterRan = true), { ...waiterTime, ...HERE });
    expect(waiter.ok).toBe(false);
    expect(waiterRan).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(holderToken);
    finishWrite();
    await expect.poll(() => existsSync(lock)).toBe(false);
  });

  it('removes the lock afterwards only if it is still its own', async () => {
    const result = await withSaveLock(path, async () => {
      writeFileSync(lock, JSON.stringify({ ...ELSEWHERE, token: 'theirs' }));
      return 'saved';
    });
    expect(result.ok).toBe(true);
    expect(readFileSync(lock, 'utf8')).toContain('theirs');
  });

  it('releases the lock when the save fails', async () => {
    await expect(withSaveLock(path, async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(existsSync(lock)).toBe(false);
  });

  it('saves unlocked where no lock can be made (the folder is gone or read-only)', async () => {
    expect(await withSaveLock(join(dir, 'missing-folder', 'map.mcred'), async () => 'tried')).toEqual({ ok: true, value: 'tried' });
  });

  it('turns a refusal into a "busy" save result that leaves the file as it was', async () => {
    const bytes = serialiseDocument(emptyMap());
    writeFileSync(path, bytes);
    plantLock(ELSEWHERE, Date.now());
    const time = fakeTime(refreshedBy());
    const changed = { ...emptyMap(), settings: { ...emptyMap().settings, title: 'Mine' } };
    const result = await saveDocumentFile(path, changed, { expectedHash: hashBytes(bytes), lock: { ...time, ...HERE } });
    expect(result).toMatchObject({ ok: false, code: 'busy' });
    expect(readFileSync(path, 'utf8')).toBe(bytes);
  });
});

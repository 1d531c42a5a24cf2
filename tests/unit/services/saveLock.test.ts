import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor, withSaveLock } from '../../../electron/services/documents/saveLock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcred-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the save lock beside a shared map', () => {
  it('makes two saves of one file take turns, and removes the lock afterwards', async () => {
    const path = join(dir, 'map.mcred');
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`${name} in`);
      expect(existsSync(lockPathFor(path))).toBe(true);
      await new Promise((r) => setTimeout(r, 40));
      order.push(`${name} out`);
      return name;
    };
    const results = await Promise.all([withSaveLock(path, slow('a')), withSaveLock(path, slow('b'))]);
    expect(results).toEqual(['a', 'b']);
    // Never both inside at once.
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('takes over the lock of a process that died while saving', async () => {
    const path = join(dir, 'map.mcred');
    const lock = lockPathFor(path);
    writeFileSync(lock, '{"pid":1}');
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lock, old, old);
    expect(await withSaveLock(path, async () => 'saved')).toBe('saved');
    expect(existsSync(lock)).toBe(false);
  });

  it('releases the lock when the save fails', async () => {
    const path = join(dir, 'map.mcred');
    await expect(withSaveLock(path, async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('saves unlocked where no lock can be made (the folder is gone or read-only)', async () => {
    const path = join(dir, 'missing-folder', 'map.mcred');
    expect(await withSaveLock(path, async () => 'tried')).toBe('tried');
  });
});

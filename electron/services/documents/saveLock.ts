import { open, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A lock older than this is from a process that died mid-save: taken over. */
const STALE_MS = 10_000;
/** How long a save waits for another process's save to finish before giving up on the lock. */
const WAIT_MS = 8_000;

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` (check the file, then replace it) while holding a lock file beside it, so two
 * processes saving the same shared map at the same moment take turns: the second sees the
 * first's save and merges with it instead of renaming over it. The lock is created with
 * O_EXCL (`wx`), which local disks and SMB/NFS shares honour; a lock left by a crashed
 * process goes stale after 10 s. Where no lock can be made at all (a read-only folder) the
 * save goes ahead unlocked — it will fail or succeed on its own terms.
 */
export async function withSaveLock<T>(path: string, task: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  const lock = lockPathFor(path);
  const deadline = now() + WAIT_MS;
  let held = false;
  for (let attempt = 0; !held; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: new Date(now()).toISOString() })).catch(() => undefined);
      await handle.close();
      held = true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') break;
      const info = await stat(lock).catch(() => undefined);
      if (info && now() - info.mtimeMs > STALE_MS) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (now() > deadline) break;
      await sleep(Math.min(15 + attempt * 10, 120));
    }
  }
  try {
    return await task();
  } finally {
    if (held) await unlink(lock).catch(() => undefined);
  }
}

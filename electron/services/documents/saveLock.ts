import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, lutimes, open, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { processIsAlive } from './processAlive';

/** A lock whose file has not changed for this long (by the waiter's own clock) is no longer being refreshed. */
export const LOCK_STALE_MS = 10_000;
/** How long a save waits for another save; longer than the stale limit, so a lock left by a crash elsewhere is taken over within one save. */
export const LOCK_WAIT_MS = 15_000;
/** How often the holder touches its lock while it saves, so waiters see that it is alive. */
export const LOCK_REFRESH_MS = 2_000;

export interface SaveLockOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether a process of this machine still runs (the owner of a lock made here). */
  isProcessAlive?: (pid: number) => boolean;
  /** Runs `refresh` every `ms` until the returned function is called. */
  every?: (ms: number, refresh: () => Promise<void>) => () => void;
  pid?: number;
  host?: string;
  staleMs?: number;
  waitMs?: number;
  refreshMs?: number;
}

/** `ok: false`: another save holds the lock; nothing was run. */
export type LockedResult<T> = { ok: true; value: T } | { ok: false; message: string };

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

/** Someone else's lock as a waiter saw it: `key` changes whenever the lock is refreshed or replaced. */
interface Sighting {
  key: string;
  owner: LockOwner | undefined;
}

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Runs `task` (check the file, then replace it) while holding a lock file beside it, so two
 * processes saving the same shared map take turns: the second sees the first's save and
 * merges with it instead of renaming over it. The lock is created with O_EXCL (`wx`), which
 * local disks and SMB/NFS shares honour, and says who holds it (host, process, a token).
 *
 * The lock is exclusive: a save never runs unlocked because it waited too long — it is
 * refused (`ok: false`, with a sentence for the user) and the user's next save tries again.
 * The holder touches the lock every 2 s while it works. Someone else's lock is taken over
 * only when its owner process is gone (a lock made on this machine) or it has not changed
 * for the stale limit as measured by the waiter's own clock — so a lock dated in the
 * future, or one from a machine whose clock runs differently, is judged by whether it is
 * refreshed, not by its date. Links are never followed (lstat, O_NOFOLLOW), and a lock is
 * removed only while it still carries our token. Where no lock can be made at all (a
 * read-only or missing folder) the save goes ahead unlocked and fails or succeeds on its own.
 */
export async function withSaveLock<T>(path: string, task: () => Promise<T>, options: SaveLockOptions = {}): Promise<LockedResult<T>> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const isAlive = options.isProcessAlive ?? processIsAlive;
  const host = options.host ?? hostname();
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const lock = lockPathFor(path);
  const mine: LockOwner = { pid: options.pid ?? process.pid, host, token: randomBytes(8).toString('hex') };
  const deadline = now() + (options.waitMs ?? LOCK_WAIT_MS);
  let seen: (Sighting & { since: number }) | undefined;
  for (let attempt = 0; ; attempt++) {
    const made = await create(lock, mine, now());
    if (made === 'held') break;
    if (made === 'impossible') return { ok: true, value: await task() };
    const sighting = await inspect(lock);
    if (sighting && sighting.key !== seen?.key) seen = { ...sighting, since: now() };
    const owner = sighting?.owner;
    const ownerGone = owner !== undefined && owner.host === host && !isAlive(owner.pid);
    if (sighting && seen && (ownerGone || now() - seen.since >= staleMs)) {
      await removeIfUnchanged(lock, sighting.key);
      seen = undefined;
      continue;
    }
    if (now() >= deadline) return { ok: false, message: busyMessage(path, seen?.owner, host) };
    await sleep(Math.min(15 + attempt * 10, 120));
  }
  const stop = (options.every ?? everyUnref)(options.refreshMs ?? LOCK_REFRESH_MS, () => refresh(lock, mine.token, now));
  try {
    return { ok: true, value: await task() };
  } finally {
    stop();
    await release(lock, mine.token);
  }
}

async function create(lock: string, owner: LockOwner, at: number): Promise<'held' | 'exists' | 'impossible'> {
  try {
    const handle = await open(lock, 'wx');
    await handle.writeFile(JSON.stringify({ ...owner, at: new Date(at).toISOString() })).catch(() => undefined);
    await handle.close();
    return 'held';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'impossible';
  }
}

/** The lock as it stands: undefined when it is gone. A link or a lock without readable content has no known owner. */
async function inspect(lock: string): Promise<Sighting | undefined> {
  const info = await lstat(lock).catch(() => undefined);
  if (!info) return undefined;
  const key = `${info.ino}:${info.mtimeMs}:${info.size}:${info.isFile() ? 'file' : 'other'}`;
  return { key, owner: info.isFile() ? await readOwner(lock) : undefined };
}

async function readOwner(lock: string): Promise<LockOwner | undefined> {
  try {
    const handle = await open(lock, constants.O_RDONLY | NO_FOLLOW);
    try {
      const buffer = Buffer.alloc(1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      const value = JSON.parse(buffer.subarray(0, bytesRead).toString('utf8')) as Partial<LockOwner>;
      if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.token !== 'string') return undefined;
      return { pid: value.pid, host: value.host, token: value.token };
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** Takes over a dead lock — unless it changed since it was judged dead (refreshed, or another waiter took it first). */
async function removeIfUnchanged(lock: string, key: string): Promise<void> {
  if ((await inspect(lock))?.key === key) await unlink(lock).catch(() => undefined);
}

async function refresh(lock: string, token: string, now: () => number): Promise<void> {
  if ((await readOwner(lock))?.token !== token) return;
  const at = now() / 1000;
  await lutimes(lock, at, at).catch(() => undefined);
}

async function release(lock: string, token: string): Promise<void> {
  if ((await readOwner(lock))?.token === token) await unlink(lock).catch(() => undefined);
}

function everyUnref(ms: number, run: () => Promise<void>): () => void {
  const timer = setInterval(() => void run(), ms);
  timer.unref();
  return () => clearInterval(timer);
}

function busyMessage(path: string, owner: LockOwner | undefined, host: string): string {
  const who = owner === undefined ? 'another program' : owner.host === host ? `another window or program on this computer (process ${owner.pid})` : `someone on "${owner.host}"`;
  return `"${basename(path)}" is being saved by ${who} right now, so it was not saved. Nothing was overwritten and your changes are kept; save again in a moment.`;
}

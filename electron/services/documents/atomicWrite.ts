import { createHash, randomBytes } from 'node:crypto';
import { access, constants, copyFile, link, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { processIsAlive } from './processAlive';

export type WriteErrorCode = 'disk-full' | 'permission' | 'read-only' | 'not-found' | 'write-failed';

export class WriteError extends Error {
  constructor(
    readonly code: WriteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Writes `bytes` to `target` so that a crash at any moment leaves either the old or the
 * new file, whole: temp file in the same folder → fsync → (backup of the old file) →
 * rename over the target → fsync of the folder. Renames retry briefly, because on Windows
 * antivirus and sync clients hold files open for a moment (EPERM/EBUSY).
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const dir = dirname(target);
  const temp = tempName(target);
  try {
    // A rename needs only a writable folder, so a read-only file would be silently
    // replaced: check the file itself first, and give the new file the old one's mode.
    const existing = await stat(target).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (existing) await access(target, constants.W_OK);
    if (existing && (existing.mode & 0o222) === 0) throw Object.assign(new Error('read-only file'), { code: 'EACCES' });
    const handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup && existing) await replaceBackup(target);
    await withRetry(() => rename(temp, target));
    await syncDir(dir);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw toWriteError(e as NodeJS.ErrnoException, target);
  }
}

/** Names this machine in temp file names (a shared folder has several), without spelling out its name. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

/** `.NAME.HOST-PID.RANDOM.tmp`: which machine and process wrote it, so a crash's leftovers can be told from a save in progress. */
export function tempName(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${HOST_TAG}-${pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Makes `FILE.bak` the current `FILE`, atomically: a hard link (or, where the file system
 * has none, a copy) under a temp name, then a rename over the old backup. A crash leaves
 * the old backup or the new one, never a half-written one.
 */
async function replaceBackup(target: string): Promise<void> {
  const temp = tempName(`${target}.bak`);
  try {
    await link(target, temp).catch(() => copyFile(target, temp));
    await withRetry(() => rename(temp, `${target}.bak`));
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}

export interface TempCleanupOptions {
  now?: number;
  isProcessAlive?: (pid: number) => boolean;
}

/**
 * Removes temp files an earlier crash left beside `target` (`.NAME.HOST-PID.RANDOM.tmp`,
 * also for `NAME.bak`): at once when this machine wrote it and that process is gone, else
 * once it is older than a minute — a temp file of another machine may belong to a save
 * running there at this moment. Called when a map is opened and before each save.
 */
export async function removeStaleTempFiles(target: string, options: TempCleanupOptions = {}): Promise<void> {
  const now = options.now ?? Date.now();
  const isAlive = options.isProcessAlive ?? processIsAlive;
  const dir = dirname(target);
  const prefixes = [`.${basename(target)}.`, `.${basename(target)}.bak.`];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith('.tmp') || !prefixes.some((p) => name.startsWith(p))) continue;
    const writer = /\.([0-9a-f]{6})-(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
    const crashedHere = writer?.[1] === HOST_TAG && Number(writer[2]) !== process.pid && !isAlive(Number(writer[2]));
    const info = crashedHere ? undefined : await stat(join(dir, name)).catch(() => undefined);
    if (crashedHere || (info && now - info.mtimeMs > 60_000)) await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
}

async function withRetry(op: () => Promise<void>, attempts = 8): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await op();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (i >= attempts - 1 || !RETRYABLE.has(code)) throw e;
      await new Promise((r) => setTimeout(r, 25 * 2 ** Math.min(i, 4)));
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open folders, which is fine.
  try {
    const h = await open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* best effort */
  }
}

function toWriteError(e: NodeJS.ErrnoException, target: string): WriteError {
  if (e instanceof WriteError) return e;
  const name = basename(target);
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new WriteError('disk-full', `The disk is full: "${name}" was not saved and the file on disk is unchanged. Free some space and save again.`);
    case 'EACCES':
    case 'EPERM':
      return new WriteError('permission', `"${name}" is read-only or you do not have permission to write it (or another program is holding it). The file on disk is unchanged; use Save As to keep your changes.`);
    case 'EROFS':
      return new WriteError('read-only', `"${name}" is on a read-only drive. Use Save As to keep your changes elsewhere.`);
    case 'ENOENT':
      return new WriteError('not-found', `The folder for "${name}" does not exist. Use Save As to choose another place.`);
    default:
      return new WriteError('write-failed', `"${name}" could not be saved (${e.code ?? e.message}). The file on disk is unchanged.`);
  }
}

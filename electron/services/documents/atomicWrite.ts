import { randomBytes } from 'node:crypto';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) {
      await copyFile(target, `${target}.bak`).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    await withRetry(() => rename(temp, target));
    await syncDir(dir);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw toWriteError(e as NodeJS.ErrnoException, target);
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
      return new WriteError('permission', `You do not have permission to write "${name}" (or another program is holding it). The file on disk is unchanged.`);
    case 'EROFS':
      return new WriteError('read-only', `"${name}" is on a read-only drive. Use Save As to keep your changes elsewhere.`);
    case 'ENOENT':
      return new WriteError('not-found', `The folder of "${name}" no longer exists. Use Save As to choose another place.`);
    default:
      return new WriteError('write-failed', `"${name}" could not be saved (${e.code ?? e.message}). The file on disk is unchanged.`);
  }
}

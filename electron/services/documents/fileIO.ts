import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { McredDocument } from '../../../shared/model';
import { MAX_FILE_BYTES, parseDocument, serialiseDocument, type LoadProblem } from '../../../shared/format';
import { WriteError, removeStaleTempFiles, writeFileAtomic, type WriteErrorCode } from './atomicWrite';
import { withSaveLock, type SaveLockOptions } from './saveLock';

export type FileLoadResult =
  | { ok: true; doc: McredDocument; hash: string; migratedFrom?: number }
  | { ok: false; problems: LoadProblem[]; readable: boolean };

export type SaveProblemCode = WriteErrorCode | 'changed-on-disk' | 'busy';
export type SaveResult = { ok: true; hash: string; bytes: number } | { ok: false; code: SaveProblemCode; message: string };

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a .mcred file through the load pipeline; every failure is a value, never a throw. */
export async function loadDocumentFile(path: string): Promise<FileLoadResult> {
  const fail = (code: LoadProblem['code'], message: string): FileLoadResult => ({ ok: false, readable: false, problems: [{ code, message }] });
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('not-a-file', `"${name}" is a folder, not a map file`);
    if (!info.isFile()) return fail('not-a-file', `"${name}" is not a regular file`);
    // Checked before reading, so a huge file is never pulled into memory.
    if (info.size > MAX_FILE_BYTES) {
      return fail('too-large', `"${name}" is ${Math.round(info.size / 1048576)} MB; maps larger than ${MAX_FILE_BYTES / 1048576} MB are not opened`);
    }
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('not-found', `"${path}" does not exist`);
    if (code === 'EACCES' || code === 'EPERM') return fail('unreadable', `you do not have permission to read "${name}"`);
    if (code === 'EISDIR') return fail('not-a-file', `"${name}" is a folder, not a map file`);
    return fail('unreadable', `"${name}" could not be read (${code ?? (e as Error).message})`);
  }
  const result = parseDocument(bytes);
  if (!result.ok) return result;
  return { ok: true, doc: result.doc, hash: hashBytes(bytes), ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}) };
}

/**
 * Saves atomically, keeping the previous version as `FILE.bak`. With `expectedHash` (the
 * hash of the bytes this session loaded or last saved), refuses to write over a file that
 * someone else has changed since — the caller merges instead.
 */
export async function saveDocumentFile(path: string, doc: McredDocument, options: { expectedHash?: string; lock?: SaveLockOptions } = {}): Promise<SaveResult> {
  // Over a shared file, the check and the replace happen under a lock: two saves at the same moment take turns.
  if (options.expectedHash === undefined) return writeDocument(path, doc);
  const locked = await withSaveLock(path, () => checkAndSave(path, doc, options.expectedHash), options.lock);
  return locked.ok ? locked.value : { ok: false, code: 'busy', message: locked.message };
}

async function checkAndSave(path: string, doc: McredDocument, expectedHash: string | undefined): Promise<SaveResult> {
  const current = await readFile(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : e));
  if (current instanceof Error) return { ok: false, code: 'permission', message: `"${basename(path)}" could not be read before saving (${(current as NodeJS.ErrnoException).code}); nothing was written.` };
  if (current && hashBytes(current) !== expectedHash) {
    return { ok: false, code: 'changed-on-disk', message: `"${basename(path)}" was changed by someone else since you opened it; nothing was overwritten.` };
  }
  return writeDocument(path, doc);
}

async function writeDocument(path: string, doc: McredDocument): Promise<SaveResult> {
  await removeStaleTempFiles(path);
  const text = serialiseDocument(doc);
  const bytes = Buffer.from(text, 'utf8');
  try {
    await writeFileAtomic(path, bytes, { backup: true });
  } catch (e) {
    if (e instanceof WriteError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
  return { ok: true, hash: hashBytes(bytes), bytes: bytes.byteLength };
}

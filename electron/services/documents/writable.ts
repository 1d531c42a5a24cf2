import { access, constants, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The file-system calls the check needs; tests inject failures that root cannot provoke for real. */
export interface WritableProbe {
  stat(path: string): Promise<{ mode: number }>;
  access(path: string, mode: number): Promise<void>;
}

const realProbe: WritableProbe = { stat, access };

/**
 * Whether a save over `path` could succeed: the file must be writable and not marked
 * read-only, and its folder writable (the atomic save renames a temp file into it). The
 * mode bits are checked as well as access(), because an administrator passes access() on
 * a file the user explicitly made read-only, and we honour the user's intent.
 */
export async function isWritableFile(path: string, probe: WritableProbe = realProbe): Promise<boolean> {
  try {
    const info = await probe.stat(path);
    if ((info.mode & 0o222) === 0) return false;
    await probe.access(path, constants.W_OK);
    await probe.access(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isTransientFile } from './ignoredFiles';

export interface FileWatcherOptions {
  /** The file changed on disk: someone saved it (possibly this process), replaced, moved or deleted it. Coalesced. */
  onChange: () => void;
  /**
   * Some other entry of the folder changed (`null` when the platform does not say which).
   * Lock and temp files are left out. Not coalesced: callers debounce what they do with it.
   */
  onFolderEntry?: (name: string | null) => void;
  /** How often the file is stat'ed in case the folder watcher missed something. */
  pollMs?: number;
  /** Events closer together than this make one `onChange` (one save is several events). */
  debounceMs?: number;
  /** False: poll only (tests; folders where watchers are known to misbehave). */
  useFsWatch?: boolean;
}

export interface FileWatcher {
  /** Resolves once the file has been looked at and the folder watcher is set up: changes from then on are seen. */
  readonly ready: Promise<void>;
  /**
   * Stops the folder watcher and every timer; no callback runs afterwards. Until then they
   * keep the process alive on purpose: a forgotten watch shows as a process that does not
   * exit, not as a silent leak.
   */
  stop(): void;
}

/** Slow enough to cost nothing when idle (ARCHITECTURE: no loops faster than once a second). */
export const DEFAULT_POLL_MS = 3_000;
const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Watches one file for changes made by others. The folder is watched, not the file:
 * an atomic save (ours, Office's, a sync client's) replaces the file by a rename, after
 * which a watch on the old file sees nothing more. Watchers miss events on network drives
 * and some sync folders, so the file's size, modification time and inode are also polled;
 * the poll re-creates the folder watcher when the folder comes back or is replaced. A
 * folder that disappears is not an error: the file just reads as missing.
 */
export function watchFile(path: string, options: FileWatcherOptions): FileWatcher {
  const folder = dirname(path);
  const name = basename(path).toLowerCase();
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let stopped = false;
  let watcher: FSWatcher | undefined;
  let watchedFolder: string | undefined;
  let pending: NodeJS.Timeout | undefined;
  let pendingNamed = false;
  /** The file's last seen signature; undefined until the first look. */
  let last: string | undefined;
  let checking: Promise<void> = Promise.resolve();

  /** Compares the file with its last signature; `named`: an event named it, so it changed even if the signature did not (coarse mtimes). */
  const check = (named: boolean) => {
    checking = checking.then(async () => {
      if (stopped) return;
      const now = await signature(path);
      if (stopped) return;
      const changed = last !== undefined && (named || now !== last);
      last = now;
      if (changed) options.onChange();
    });
  };

  const schedule = (named: boolean) => {
    pendingNamed ||= named;
    if (pending || stopped) return;
    pending = setTimeout(() => {
      pending = undefined;
      const wasNamed = pendingNamed;
      pendingNamed = false;
      check(wasNamed);
    }, debounceMs);
  };

  const closeWatcher = () => {
    watcher?.close();
    watcher = undefined;
    watchedFolder = undefined;
  };

  const openWatcher = (folderId: string) => {
    closeWatcher();
    try {
      watcher = watch(folder, (_event, entry) => {
        if (stopped) return;
        const entryName = typeof entry === 'string' ? entry : null;
        if (entryName === null) {
          schedule(false);
          options.onFolderEntry?.(null);
        } else if (entryName.toLowerCase() === name) schedule(true);
        else if (!isTransientFile(entryName)) options.onFolderEntry?.(entryName);
      });
      watcher.on('error', closeWatcher);
      watchedFolder = folderId;
    } catch {
      // The folder is gone or cannot be watched (too many watchers): the poll carries on alone.
      watcher = undefined;
    }
  };

  const ensureWatcher = async () => {
    if (options.useFsWatch === false) return;
    const id = await folderIdentity(folder);
    if (stopped) return;
    if (id === undefined) closeWatcher();
    else if (id !== watchedFolder) openWatcher(id);
  };

  const poll = setInterval(() => {
    void ensureWatcher();
    check(false);
  }, pollMs);
  check(false);
  const ready = Promise.all([ensureWatcher(), checking]).then(() => undefined);

  return {
    ready,
    stop() {
      stopped = true;
      clearInterval(poll);
      if (pending) clearTimeout(pending);
      pending = undefined;
      closeWatcher();
    },
  };
}

async function signature(path: string): Promise<string> {
  try {
    const info = await stat(path);
    return `${info.size}:${info.mtimeMs}:${info.ino}`;
  } catch (e) {
    return `missing:${(e as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** Which folder is at `folder` now: a folder deleted and made again is another one, and needs a new watcher. */
async function folderIdentity(folder: string): Promise<string | undefined> {
  try {
    const info = await stat(folder);
    return info.isDirectory() ? `${info.dev}:${info.ino}:${info.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

import { basename } from 'node:path';
import type { Identity, PresenceInfo } from '../../shared/ipc';
import { listOthers, presenceFilePath, presenceSessionOf, startPresence, watchFile, type PresenceIdentity, type PresenceWriter } from '../services/documents';
import type { FileWatch, WindowContext } from './windowContext';

/** Timings and the presence writer; the defaults suit real use, tests shorten them. */
export interface FileWatchOptions {
  pollMs?: number;
  debounceMs?: number;
  useFsWatch?: boolean;
  refreshMs?: number;
  staleMs?: number;
  now?: () => number;
  presenceWriter?: PresenceWriter;
}

/** All the watches of one host process, so that shutting down can stop them and remove every presence file. */
export interface FileWatches {
  /** `StudioHostDeps.watchFile`. */
  watchFile(path: string, sessionId: string, ctx: WindowContext): FileWatch;
  /** Stops every watch; resolves once every presence file is removed (also those of watches stopped just before). */
  stopAll(): Promise<void>;
  /** Watches running. */
  readonly active: number;
  /** Nothing running and no presence file still being removed: the process may end. */
  readonly idle: boolean;
}

/** Who the presence file names before the user has said who they are. */
export const UNKNOWN_PERSON: PresenceIdentity = { personId: 'unknown', name: 'Unknown author' };

/** Presence checks after folder events wait this long, so a burst of saves costs one folder read. */
const PRESENCE_DEBOUNCE_MS = 250;

/**
 * The host's `watchFile`: watches a window's map for others' saves (`file-changed`) and
 * keeps the window's presence file beside it, telling the window (`presence`) whenever the
 * set of others changes — looked at after folder events and at every presence refresh,
 * which also notices people whose presence went stale without a folder event.
 */
export function createFileWatches(identity: () => Identity | null, options: FileWatchOptions = {}): FileWatches {
  const running = new Set<{ stop(): Promise<void> }>();
  // A reloaded page watches its map again under the same session before the old watch has
  // removed its presence file: the new one waits, or the removal would delete its file.
  const removing = new Map<string, Promise<void>>();
  const now = options.now ?? Date.now;
  const presenceIdentity = (): PresenceIdentity => {
    const who = identity();
    return who ? { personId: who.personId, name: who.name, ...(who.organisation ? { organisation: who.organisation } : {}) } : UNKNOWN_PERSON;
  };

  function watch(path: string, sessionId: string, ctx: WindowContext): FileWatch {
    const docName = basename(path);
    let stopped = false;
    let lastSeen: string | undefined;
    let pending: NodeJS.Timeout | undefined;
    let checks: Promise<unknown> = Promise.resolve();

    const others = () => listOthers(path, sessionId, now(), options.staleMs === undefined ? {} : { staleMs: options.staleMs });
    const checkPresence = () => {
      checks = checks.then(async () => {
        if (stopped) return;
        const list = await others();
        const key = presenceKey(list);
        if (stopped || key === lastSeen) return;
        lastSeen = key;
        ctx.emit({ type: 'presence', path, others: list });
      }).catch(() => undefined);
    };
    const schedulePresence = () => {
      if (pending || stopped) return;
      pending = setTimeout(() => {
        pending = undefined;
        checkPresence();
      }, PRESENCE_DEBOUNCE_MS);
    };

    const ownFile = presenceFilePath(path, sessionId);
    const presence = startPresence(path, {
      sessionId,
      after: removing.get(ownFile),
      identity: presenceIdentity,
      ...(options.refreshMs === undefined ? {} : { refreshMs: options.refreshMs }),
      ...(options.now ? { now: options.now } : {}),
      ...(options.presenceWriter ? { writer: options.presenceWriter } : {}),
      onRefreshed: checkPresence,
    });
    const watcher = watchFile(path, {
      onChange: () => ctx.emit({ type: 'file-changed', path }),
      onFolderEntry: (entry) => {
        if (entry === null) return schedulePresence();
        const session = presenceSessionOf(docName, entry);
        if (session !== null && session !== sessionId) schedulePresence();
      },
      ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
      ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
      ...(options.useFsWatch === undefined ? {} : { useFsWatch: options.useFsWatch }),
    });

    const handle = {
      async others() {
        // Once this resolves our own presence is on disk and the folder is watched, so
        // whoever opens the map next sees us and we see them.
        await Promise.all([presence.started, watcher.ready]);
        const list = await others();
        // The caller hands this list to the window itself: only later changes are events.
        lastSeen = presenceKey(list);
        return list;
      },
      stop(): Promise<void> {
        if (stopped) return presence.stop();
        stopped = true;
        running.delete(handle);
        if (pending) clearTimeout(pending);
        watcher.stop();
        const removed = presence.stop();
        removing.set(ownFile, removed);
        void removed.then(() => {
          if (removing.get(ownFile) === removed) removing.delete(ownFile);
        });
        return removed;
      },
    };
    running.add(handle);
    return handle;
  }

  return {
    watchFile: watch,
    stopAll: async () => {
      await Promise.all([...[...running].map((w) => w.stop()), ...removing.values()]);
    },
    get active() {
      return running.size;
    },
    get idle() {
      return running.size === 0 && removing.size === 0;
    },
  };
}

function presenceKey(list: readonly PresenceInfo[]): string {
  return JSON.stringify(list);
}

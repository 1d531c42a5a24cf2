import { constants } from 'node:fs';
import { lstat, open, readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { SessionId, type PresenceInfo } from '../../../shared/ipc';
import { safeLine } from '../../../shared/review/reviewers';
import { writeFileAtomic } from './atomicWrite';

/**
 * "Who else has this map open": each window keeps a small presence file beside the map,
 * `.<map name>.presence-<sessionId>.json`, and reads the others'. One file per window, so
 * two people never write the same file (a sync client would make conflicted copies of
 * it). It informs, it does not lock: a folder we cannot write just shows nobody our
 * presence. A file not refreshed for a while belongs to a window that crashed or a
 * machine that went to sleep, and is ignored.
 */

export const PRESENCE_APP = 'micro-credential-studio';
export const DEFAULT_REFRESH_MS = 30_000;
export const DEFAULT_STALE_MS = 120_000;
/** A presence file this old is left over from a crash: whoever lists the folder removes it. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;
/** Clocks of two machines disagree a little; a date further ahead than this is not believed. */
const MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000;
/** A presence file is about 300 bytes; anything much bigger is not one of ours and is not read. */
const MAX_PRESENCE_BYTES = 4_096;
/**
 * Presence files read at most, the most recently written first: real ones are rewritten
 * every 30 s, so a folder stuffed with junk named like presence files costs no more than
 * this and does not hide them.
 */
const MAX_PRESENCE_READS = 512;
/** Windows shown per person: more are a runaway or a forgery, and must not crowd out the others. */
const MAX_SESSIONS_PER_PERSON = 8;
/** Enough for any real team. */
const MAX_LISTED = 64;

const PresenceFile = z.object({
  app: z.literal(PRESENCE_APP),
  sessionId: SessionId,
  personId: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  organisation: z.string().max(300).optional(),
  machine: z.string().max(255),
  since: z.iso.datetime(),
  refreshedAt: z.iso.datetime(),
});
type PresenceFile = z.infer<typeof PresenceFile>;

/** Who this window's presence file names. */
export interface PresenceIdentity {
  personId: string;
  name: string;
  organisation?: string;
}

/** How presence files are written and removed; tests inject a folder that refuses writes. */
export interface PresenceWriter {
  write(path: string, bytes: Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
}

const realWriter: PresenceWriter = {
  write: (path, bytes) => writeFileAtomic(path, bytes),
  remove: (path) => rm(path, { force: true }),
};

export function presenceFilePath(docPath: string, sessionId: string): string {
  return join(dirname(docPath), `.${basename(docPath)}.presence-${sessionId}.json`);
}

/** The session a folder entry is the presence file of, for the map named `docName`; null for any other entry. */
export function presenceSessionOf(docName: string, entry: string): string | null {
  const prefix = `.${docName}.presence-`;
  if (!entry.startsWith(prefix) || !entry.endsWith('.json')) return null;
  const session = entry.slice(prefix.length, -'.json'.length);
  return SessionId.safeParse(session).success ? session : null;
}

export interface PresenceOptions {
  sessionId: string;
  /** Asked at every refresh, so a name entered after opening the map shows up. */
  identity: () => PresenceIdentity;
  refreshMs?: number;
  now?: () => number;
  writer?: PresenceWriter;
  /** After each refresh (written or not): a good moment to look at the others again. */
  onRefreshed?: () => void;
  /** Writing starts once this settles: the removal by an earlier session under the same file name. */
  after?: Promise<unknown>;
}

export interface PresenceSession {
  readonly path: string;
  /** The first write, started at once: true when the file is on disk, false when the folder refused it. */
  readonly started: Promise<boolean>;
  /** Writes the presence file now; false when the folder refused it (nothing else happens). */
  refresh(): Promise<boolean>;
  /** Stops refreshing and removes the presence file. */
  stop(): Promise<void>;
}

/** Writes this window's presence file beside `docPath` and keeps it fresh until stopped. */
export function startPresence(docPath: string, options: PresenceOptions): PresenceSession {
  const path = presenceFilePath(docPath, options.sessionId);
  const now = options.now ?? Date.now;
  const writer = options.writer ?? realWriter;
  const machine = hostname().slice(0, 255);
  const since = new Date(now()).toISOString();
  let stopped = false;
  // Writes and the final removal run one after another, so a late write cannot bring the file back.
  let queue: Promise<unknown> = (options.after ?? Promise.resolve()).catch(() => undefined);

  const refresh = (): Promise<boolean> => {
    const done = queue.then(async () => {
      if (stopped) return false;
      const who = options.identity();
      const record: PresenceFile = {
        app: PRESENCE_APP,
        sessionId: options.sessionId,
        personId: who.personId,
        name: who.name,
        ...(who.organisation ? { organisation: who.organisation } : {}),
        machine,
        since,
        refreshedAt: new Date(now()).toISOString(),
      };
      try {
        await writer.write(path, Buffer.from(`${JSON.stringify(record, null, 2)}\n`, 'utf8'));
        return true;
      } catch {
        return false;
      }
    });
    queue = done;
    return done;
  };

  const timer = setInterval(() => {
    void refresh().then(() => {
      if (!stopped) options.onRefreshed?.();
    });
  }, options.refreshMs ?? DEFAULT_REFRESH_MS);
  const started = refresh();

  return {
    path,
    started,
    refresh,
    stop() {
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        queue = queue.then(() => writer.remove(path).catch(() => undefined));
      }
      return queue.then(() => undefined);
    },
  };
}

export interface ListOptions {
  staleMs?: number;
  /** How abandoned presence files are removed; by default really, best effort. */
  remove?: (path: string) => Promise<void>;
}

/**
 * Everyone else with a fresh presence file beside `docPath`, oldest first. Our own file,
 * stale ones and anything that is not a well-formed presence file are left out; files
 * abandoned for a day are removed on the way. Names are shown without control or bidi
 * marks, and no person fills the list with windows. Never throws: an unreadable folder
 * has nobody in it.
 */
export async function listOthers(docPath: string, ownSessionId: string, now = Date.now(), options: ListOptions = {}): Promise<PresenceInfo[]> {
  const folder = dirname(docPath);
  const docName = basename(docPath);
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const remove = options.remove ?? ((p: string) => rm(p, { force: true }));
  const entries = await readdir(folder).catch(() => [] as string[]);
  const candidates: { session: string; path: string; modifiedMs: number }[] = [];
  for (const entry of entries) {
    const session = presenceSessionOf(docName, entry);
    if (session === null || session === ownSessionId) continue;
    const path = join(folder, entry);
    const info = await lstat(path).catch(() => undefined);
    if (info) candidates.push({ session, path, modifiedMs: info.mtimeMs });
  }
  candidates.sort((a, b) => b.modifiedMs - a.modifiedMs);
  const others: PresenceFile[] = [];
  const perPerson = new Map<string, number>();
  for (const { session, path } of candidates.slice(0, MAX_PRESENCE_READS)) {
    const found = await readPresenceFile(path);
    if (found.modifiedMs !== undefined && now - found.modifiedMs > ABANDONED_MS && (!found.record || isOlder(found.record, now, ABANDONED_MS))) {
      await remove(path).catch(() => undefined);
      continue;
    }
    const record = found.record;
    if (!record || record.sessionId !== session) continue;
    const refreshed = Date.parse(record.refreshedAt);
    if (now - refreshed > staleMs || refreshed - now > MAX_CLOCK_AHEAD_MS) continue;
    const windows = perPerson.get(record.personId) ?? 0;
    if (windows >= MAX_SESSIONS_PER_PERSON) continue;
    perPerson.set(record.personId, windows + 1);
    others.push(record);
  }
  others.sort((a, b) => a.since.localeCompare(b.since) || a.sessionId.localeCompare(b.sessionId));
  return others.slice(0, MAX_LISTED).map((r) => {
    const organisation = safeLine(r.organisation ?? '');
    return {
      sessionId: r.sessionId,
      personId: r.personId,
      name: safeLine(r.name) || 'Someone',
      ...(organisation ? { organisation } : {}),
      machine: safeLine(r.machine),
      since: r.since,
    };
  });
}

function isOlder(record: PresenceFile, now: number, ms: number): boolean {
  return now - Date.parse(record.refreshedAt) > ms;
}

/**
 * Reads one presence file defensively: it is written by another machine, or by anyone
 * with access to the shared folder. Only small regular files are read (never a link, a
 * pipe or a device), the JSON is validated, and zod's output carries only known fields.
 */
async function readPresenceFile(path: string): Promise<{ record?: PresenceFile; modifiedMs?: number }> {
  let modifiedMs: number | undefined;
  try {
    const info = await lstat(path);
    modifiedMs = info.mtimeMs;
    if (!info.isFile() || info.size > MAX_PRESENCE_BYTES) return { modifiedMs };
    const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    try {
      const buffer = Buffer.alloc(MAX_PRESENCE_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_PRESENCE_BYTES) return { modifiedMs };
      const parsed = PresenceFile.safeParse(JSON.parse(buffer.subarray(0, bytesRead).toString('utf8')));
      return parsed.success ? { record: parsed.data, modifiedMs } : { modifiedMs };
    } finally {
      await handle.close();
    }
  } catch {
    return { modifiedMs };
  }
}

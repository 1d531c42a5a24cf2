import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { serialiseDocument } from '../../../shared/format';
import { SessionId, type RecoveryInfo, type RestoreResult } from '../../../shared/ipc';
import type { McredDocument } from '../../../shared/model';
import { loadDocumentFile, processIsAlive, writeFileAtomic } from '../documents';

export { processIsAlive };

/**
 * What sits beside each recovered map: where it belongs and who wrote it. `pid` tells a
 * crashed session (its process is gone) from one still running in another window or host.
 */
const Sidecar = z.object({
  version: z.literal(1),
  id: SessionId,
  path: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  pid: z.number().int(),
});
type Sidecar = z.infer<typeof Sidecar>;

export interface RecoveryOptions {
  /** The recovery folder (Electron: userData/recovery; browser host: <data dir>/recovery). */
  dir: string;
  /** This process; its own sessions are recoverable unless still live (see `list`). */
  pid?: number;
  isAlive?: (pid: number) => boolean;
  now?: () => Date;
}

export interface AutosaveEntry {
  sessionId: string;
  /** The map's file, or null for untitled maps and the example. */
  path: string | null;
  title: string;
  doc: McredDocument;
}

/**
 * Unsaved work, kept so that a crash loses at most a few seconds. Each editing session
 * writes `<session>.mcred` (canonical, atomically) and `<session>.json` (the sidecar). A
 * successful save or an explicit discard removes both; whatever is left when the app
 * starts again is offered back.
 */
export class RecoveryStore {
  private readonly dir: string;
  private readonly pid: number;
  private readonly isAlive: (pid: number) => boolean;
  private readonly now: () => Date;

  constructor(options: RecoveryOptions) {
    this.dir = resolve(options.dir);
    this.pid = options.pid ?? process.pid;
    this.isAlive = options.isAlive ?? processIsAlive;
    this.now = options.now ?? (() => new Date());
  }

  async write(entry: AutosaveEntry): Promise<RecoveryInfo> {
    const id = SessionId.parse(entry.sessionId);
    await mkdir(this.dir, { recursive: true });
    const sidecar: Sidecar = { version: 1, id, path: entry.path === null ? null : resolve(entry.path), title: entry.title, savedAt: this.now().toISOString(), pid: this.pid };
    // The map first: a sidecar never points at a half-written or missing copy.
    await writeFileAtomic(this.file(id, 'mcred'), Buffer.from(serialiseDocument(entry.doc), 'utf8'));
    await writeFileAtomic(this.file(id, 'json'), Buffer.from(`${JSON.stringify(sidecar, null, 2)}\n`, 'utf8'));
    return toInfo(sidecar);
  }

  /**
   * Recovered work for one file (or, with `path` null, for untitled maps), newest first.
   * Left out: sessions in `live` (still open in this process) and sessions of another
   * process that is still running (another window of a running app, another host).
   */
  async list(path: string | null, live: ReadonlySet<string> = new Set()): Promise<RecoveryInfo[]> {
    const wanted = path === null ? null : resolve(path);
    const found: RecoveryInfo[] = [];
    for (const sidecar of await this.sidecars()) {
      if (sidecar.path !== wanted || live.has(sidecar.id)) continue;
      if (sidecar.pid !== this.pid && this.isAlive(sidecar.pid)) continue;
      found.push(toInfo(sidecar));
    }
    return found.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  /** Reads a recovered map through the full load pipeline: the folder is not trusted more than any file. */
  async read(id: string): Promise<RestoreResult> {
    const sidecar = await this.sidecar(id);
    if (!sidecar) return { ok: false, message: 'That recovered copy is no longer there.' };
    const loaded = await loadDocumentFile(this.file(sidecar.id, 'mcred'));
    if (!loaded.ok) return { ok: false, message: `The recovered copy cannot be read: ${loaded.problems[0]?.message ?? 'unknown problem'}.` };
    return { ok: true, doc: loaded.doc, info: toInfo(sidecar) };
  }

  /**
   * Restores a copy and hands it to a new session in one step: the files are renamed, so
   * the work stays on disk until that session saves or discards it.
   */
  async adopt(id: string, newId: string): Promise<RestoreResult> {
    const result = await this.read(id);
    if (!result.ok || id === newId) return result;
    const target = SessionId.parse(newId);
    const sidecar: Sidecar = { version: 1, id: target, path: result.info.path, title: result.info.title, savedAt: result.info.savedAt, pid: this.pid };
    await rename(this.file(id, 'mcred'), this.file(target, 'mcred'));
    await writeFileAtomic(this.file(target, 'json'), Buffer.from(`${JSON.stringify(sidecar, null, 2)}\n`, 'utf8'));
    await rm(this.file(id, 'json'), { force: true });
    return { ...result, info: toInfo(sidecar) };
  }

  async discard(id: string): Promise<void> {
    const safe = SessionId.safeParse(id);
    if (!safe.success) return;
    // The sidecar first: without it the copy is never offered, even if removing the map fails.
    await rm(this.file(safe.data, 'json'), { force: true });
    await rm(this.file(safe.data, 'mcred'), { force: true });
  }

  private file(id: string, ext: 'mcred' | 'json'): string {
    return join(this.dir, `${id}.${ext}`);
  }

  private async sidecars(): Promise<Sidecar[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const found: Sidecar[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const sidecar = await this.sidecar(name.slice(0, -'.json'.length));
      if (sidecar) found.push(sidecar);
    }
    return found;
  }

  private async sidecar(id: string): Promise<Sidecar | undefined> {
    if (!SessionId.safeParse(id).success) return undefined;
    try {
      const parsed = Sidecar.safeParse(JSON.parse(await readFile(this.file(id, 'json'), 'utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}

function toInfo(s: Sidecar): RecoveryInfo {
  return { id: s.id, path: s.path, title: s.title, savedAt: s.savedAt };
}

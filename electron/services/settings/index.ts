import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_PREFERENCES, Identity, Preferences, RememberedInstitution, type RecentFile } from '../../../shared/ipc';

/**
 * Where settings live: electron-store in the desktop app, a JSON file in the browser
 * host's data folder. Both are synchronous key-value stores of JSON values; anything read
 * back is validated, because a hand-edited or half-written file must never crash the app.
 */
export interface KeyValueBackend {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const RecentFileSchema = z.object({ path: z.string().min(1).max(4_096), title: z.string().max(500), openedAt: z.string().max(64) });

/** Window size and place, restored on the next start. */
export const WindowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximised: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

const MAX_RECENT = 10;

/** Identity, preferences, recent files and window state, over either backend. */
export class SettingsService {
  constructor(private readonly backend: KeyValueBackend) {}

  getIdentity(): Identity | null {
    const parsed = Identity.safeParse(this.backend.get('identity'));
    return parsed.success ? parsed.data : null;
  }

  setIdentity(identity: Identity): Identity {
    const clean = Identity.parse(identity);
    this.backend.set('identity', clean);
    return clean;
  }

  /** The institution for the next New Map; nothing remembered (or unreadable) is `{}`, the defaults. */
  getInstitution(): RememberedInstitution {
    const parsed = RememberedInstitution.safeParse(this.backend.get('institution'));
    return parsed.success ? parsed.data : {};
  }

  setInstitution(institution: RememberedInstitution): RememberedInstitution {
    const clean = RememberedInstitution.parse(institution);
    this.backend.set('institution', clean);
    return clean;
  }

  getPreferences(): Preferences {
    const stored = Preferences.partial().safeParse(this.backend.get('preferences'));
    return { ...DEFAULT_PREFERENCES, ...(stored.success ? stored.data : {}) };
  }

  setPreferences(patch: Partial<Preferences>): Preferences {
    const next = Preferences.parse({ ...this.getPreferences(), ...patch });
    this.backend.set('preferences', next);
    return next;
  }

  listRecent(): RecentFile[] {
    const parsed = z.array(RecentFileSchema).safeParse(this.backend.get('recentFiles'));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
  }

  /** Puts a file at the top of the recent list (once), keeping the newest ten. */
  addRecent(path: string, title: string, now = new Date()): RecentFile[] {
    const full = resolve(path);
    const next = [{ path: full, title: title.slice(0, 500), openedAt: now.toISOString() }, ...this.listRecent().filter((r) => r.path !== full)].slice(0, MAX_RECENT);
    this.backend.set('recentFiles', next);
    return next;
  }

  removeRecent(path: string): RecentFile[] {
    const next = this.listRecent().filter((r) => r.path !== resolve(path));
    this.backend.set('recentFiles', next);
    return next;
  }

  clearRecent(): void {
    this.backend.set('recentFiles', []);
  }

  isRecent(path: string): boolean {
    const full = resolve(path);
    return this.listRecent().some((r) => r.path === full);
  }

  getWindowBounds(): WindowBounds | null {
    const parsed = WindowBounds.safeParse(this.backend.get('windowBounds'));
    return parsed.success ? parsed.data : null;
  }

  setWindowBounds(bounds: WindowBounds): void {
    const parsed = WindowBounds.safeParse(bounds);
    if (parsed.success) this.backend.set('windowBounds', parsed.data);
  }
}

export { createJsonFileBackend, type JsonFileBackend } from './jsonFileBackend';

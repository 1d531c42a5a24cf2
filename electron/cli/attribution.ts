import { applyCommand } from '../../shared/commands';
import {
  formatStamp,
  holdsId,
  makeClock,
  makeId,
  observe,
  tick,
  type Clock,
  type McredDocument,
  type Person,
  type Stamp,
} from '../../shared/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Identity, RememberedInstitution } from '../../shared/ipc';
import type { z } from 'zod';
import type { CliIo } from './output';

const REPLICA_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh replica id: this run of the CLI is its own editing session. */
export function randomReplica(random: () => number): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += REPLICA_ALPHABET[Math.floor(random() * 36) % 36];
  return s;
}

/** The latest stamp anywhere in the document, so that new stamps sort after it. */
export function latestStamp(doc: McredDocument): Stamp | undefined {
  let latest: Stamp | undefined;
  const see = (s: Stamp) => {
    if (latest === undefined || s > latest) latest = s;
  };
  for (const fields of Object.values(doc.meta.stamps)) for (const s of Object.values(fields)) see(s);
  for (const s of Object.values(doc.meta.tombstones)) see(s);
  for (const save of Object.values(doc.saves)) see(save.stamp);
  return latest;
}

/**
 * Hands out stamps for one CLI run: a hybrid logical clock with a random replica, moved
 * past every stamp already in the file (a co-editor's clock may run ahead of ours, and a
 * change must never sort before the one it replaces).
 */
export class StampSource {
  private clock: Clock;

  constructor(
    doc: McredDocument,
    private readonly io: CliIo,
  ) {
    const latest = latestStamp(doc);
    const clock = makeClock(randomReplica(io.random));
    this.clock = latest ? observe(clock, latest) : clock;
  }

  next(author: string): Stamp {
    this.clock = tick(this.clock, this.io.now());
    return formatStamp(this.clock, author);
  }
}

export type AuthorResult = { ok: true; doc: McredDocument; person: Person; added: boolean } | { ok: false; message: string };

/** The desktop app's name: Electron keeps its settings in `<app data>/<productName>`. */
const APP_NAME = 'Micro-Credential Studio';

/**
 * Where the desktop app keeps its settings (electron-store's `settings.json` in Electron's
 * userData folder), from the environment only: STUDIO_USER_DATA_DIR (the app honours it
 * too), else the platform's app-data folder. Undefined when the environment names no home.
 */
export function appSettingsFile(env: CliIo['env'], platform: NodeJS.Platform = process.platform): string | undefined {
  const override = env.STUDIO_USER_DATA_DIR?.trim();
  if (override) return join(override, 'settings.json');
  const home = env.HOME?.trim() || env.USERPROFILE?.trim();
  let appData: string | undefined;
  if (platform === 'win32') appData = env.APPDATA?.trim() || (home ? join(home, 'AppData', 'Roaming') : undefined);
  else if (platform === 'darwin') appData = home ? join(home, 'Library', 'Application Support') : undefined;
  else appData = env.XDG_CONFIG_HOME?.trim() || (home ? join(home, '.config') : undefined);
  return appData ? join(appData, APP_NAME, 'settings.json') : undefined;
}

/** One value of the desktop app's settings, checked by `schema`; null when absent, unreadable or invalid. */
function appSetting<T>(io: CliIo, key: string, schema: z.ZodType<T>): T | null {
  const file = appSettingsFile(io.env);
  if (!file) return null;
  try {
    const settings = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (settings === null || typeof settings !== 'object') return null;
    const parsed = schema.safeParse((settings as Record<string, unknown>)[key]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The identity the user set in the desktop app (name and person id), or null when there is none or it cannot be read. */
export function appIdentity(io: CliIo): Identity | null {
  return appSetting(io, 'identity', Identity);
}

/** The institution the desktop app remembers for New Map (`{}` when none), so `mcred new` makes the same map. */
export function appInstitution(io: CliIo): RememberedInstitution {
  return appSetting(io, 'institution', RememberedInstitution) ?? {};
}

/** The default author: the identity set in the app, else the login name, else "mcred". */
export function defaultAuthorName(io: CliIo): string {
  return appIdentity(io)?.name || io.env.USER?.trim() || io.env.USERNAME?.trim() || 'mcred';
}

/** Who makes a change when the command names no one: the app's identity, else the login name. */
export type DefaultAuthor = { ok: true; name: string; identity?: Identity } | { ok: false; message: string };

export const NO_AUTHOR_MESSAGE = 'Say who makes the change: --author NAME, or set your name in the app first';

/**
 * The author of a change that must be attributed to a person (`set`): --author, else the
 * identity set in the app, else the login name; never a made-up name.
 */
export function requiredAuthor(io: CliIo, flag: string | undefined): DefaultAuthor {
  if (flag !== undefined) return { ok: true, name: flag };
  const identity = appIdentity(io);
  if (identity) return { ok: true, name: identity.name, identity };
  const login = io.env.USER?.trim() || io.env.USERNAME?.trim();
  return login ? { ok: true, name: login } : { ok: false, message: NO_AUTHOR_MESSAGE };
}

/** Whether `id` names a record, or a deleted one, anywhere in the map. */
export function isIdInUse(doc: McredDocument, id: string): boolean {
  return holdsId(doc, id) || Object.hasOwn(doc.meta.tombstones, id);
}

/** Finds the person called `name` (exactly, then ignoring case) or adds one with role "other". */
export function ensureAuthor(doc: McredDocument, name: string, stamps: StampSource, random: () => number, identity?: Identity): AuthorResult {
  const people = Object.values(doc.people);
  const wanted = name.trim();
  // The app's identity is the same person in every map it edits: found by id first, and added with that id.
  const own = identity ? doc.people[identity.personId] : undefined;
  const found = own ?? people.find((p) => p.name === wanted) ?? people.find((p) => p.name.toLowerCase() === wanted.toLowerCase());
  if (found) return { ok: true, doc, person: found, added: false };
  let id = identity && !isIdInUse(doc, identity.personId) ? identity.personId : makeId('person', random);
  while (isIdInUse(doc, id)) id = makeId('person', random);
  const person: Person = { id, name: wanted, role: 'other' };
  const result = applyCommand(doc, { name: 'person.upsert', payload: { person } }, { stamp: stamps.next(person.id) });
  if (!result.ok) return { ok: false, message: `--author "${name}": ${result.refusal.message}` };
  return { ok: true, doc: result.doc, person, added: true };
}

import { applyCommand } from '../../shared/commands';
import {
  COLLECTIONS,
  formatStamp,
  makeClock,
  makeId,
  observe,
  tick,
  type Clock,
  type McredDocument,
  type Person,
  type Stamp,
} from '../../shared/model';
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

/** The default author: the login name, else "mcred". */
export function defaultAuthorName(io: CliIo): string {
  return io.env.USER?.trim() || io.env.USERNAME?.trim() || 'mcred';
}

/** Whether `id` names a record, or a deleted one, anywhere in the map. */
export function isIdInUse(doc: McredDocument, id: string): boolean {
  const own = (o: object) => Object.prototype.hasOwnProperty.call(o, id);
  return COLLECTIONS.some((c) => own(doc[c])) || own(doc.meta.tombstones) || own(doc.saves);
}

/** Finds the person called `name` (exactly, then ignoring case) or adds one with role "other". */
export function ensureAuthor(doc: McredDocument, name: string, stamps: StampSource, random: () => number): AuthorResult {
  const people = Object.values(doc.people);
  const wanted = name.trim();
  const found = people.find((p) => p.name === wanted) ?? people.find((p) => p.name.toLowerCase() === wanted.toLowerCase());
  if (found) return { ok: true, doc, person: found, added: false };
  let id = makeId('person', random);
  while (isIdInUse(doc, id)) id = makeId('person', random);
  const person: Person = { id, name: wanted, role: 'other' };
  const result = applyCommand(doc, { name: 'person.upsert', payload: { person } }, { stamp: stamps.next(person.id) });
  if (!result.ok) return { ok: false, message: `--author "${name}": ${result.refusal.message}` };
  return { ok: true, doc: result.doc, person, added: true };
}

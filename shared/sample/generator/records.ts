import type { Comment, Endorsement, Entity, EntityKind, Id, Link, Person, PersonRole, Position } from '../../model';
import type { EntityCounts } from './counts';
import type { Rng } from './prng';
import { COMMENT_OPENERS, COMMENT_REPLIES, ENDORSEMENT_NOTES, FIRST_NAMES, LAST_NAMES, type Domain } from './words';

/** People, comment threads, endorsements and the canvas layout of a generated map. */

const ROLES: readonly PersonRole[] = ['designer', 'designer', 'advisor', 'reviewer', 'advisor', 'designer', 'reviewer', 'other'];

export function makePeople(rng: Rng, n: number, newId: (kind: 'person') => Id, institution: string, domains: readonly Domain[], site: string): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    let name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    for (let k = 2; used.has(name); k++) name = `${name.replace(/ \d+$/, '')} ${k}`;
    used.add(name);
    const role = ROLES[i % ROLES.length]!;
    const p: Person = { id: newId('person'), name, role };
    if (role === 'advisor') p.organisation = rng.pick(rng.pick(domains).employers);
    else {
      p.organisation = institution;
      p.email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ +/g, '.')}@${site}`;
    }
    people.push(p);
  }
  return people;
}

/** Threads: about a third of the comments reply to an earlier root on the same target. */
export function makeComments(
  rng: Rng,
  n: number,
  newId: () => Id,
  targets: { entities: readonly Entity[]; links: readonly Link[] },
  people: readonly Person[],
  /** The ISO time of a new comment by `author` (called once per comment, in order). */
  timeOf: (author: Id) => string,
): Comment[] {
  const out: Comment[] = [];
  const roots: Comment[] = [];
  for (let i = 0; i < n; i++) {
    const author = rng.pick(people).id;
    const root = roots.length && rng.chance(0.35) ? rng.pick(roots) : undefined;
    if (root) {
      out.push({ id: newId(), target: root.target, author, at: timeOf(author), body: rng.pick(COMMENT_REPLIES), replyTo: root.id });
      continue;
    }
    const onLink = targets.links.length > 0 && (targets.entities.length === 0 || rng.chance(0.1));
    const c: Comment = onLink
      ? { id: newId(), target: rng.pick(targets.links).id, author, at: timeOf(author), body: rng.pick(COMMENT_OPENERS) }
      : commentOnEntity(rng, newId(), rng.pick(targets.entities), author, timeOf(author));
    if (rng.chance(0.3)) c.resolved = true;
    roots.push(c);
    out.push(c);
  }
  return out;
}

function commentOnEntity(rng: Rng, id: Id, e: Entity, author: Id, at: string): Comment {
  const field = e.kind === 'skill' || e.kind === 'outcome' ? 'statement' : 'title';
  const c: Comment = { id, target: e.id, author, at, body: rng.pick(COMMENT_OPENERS) };
  if (rng.chance(0.6)) c.field = field;
  return c;
}

/** Endorsements by advisors (or anyone, if there are none) of skills and credentials. */
export function makeEndorsements(
  rng: Rng,
  n: number,
  newId: () => Id,
  targets: readonly Id[],
  people: readonly Person[],
  /** The ISO date of a new endorsement by `person` (called once per endorsement, in order). */
  dateOf: (person: Id) => string,
): Endorsement[] {
  const advisors = people.filter((p) => p.role === 'advisor');
  const by = advisors.length ? advisors : people;
  const out: Endorsement[] = [];
  for (let i = 0; i < n; i++) {
    const person = rng.pick(by).id;
    const e: Endorsement = { id: newId(), target: rng.pick(targets), person, date: dateOf(person) };
    if (rng.chance(0.6)) e.note = rng.pick(ENDORSEMENT_NOTES);
    out.push(e);
  }
  return out;
}

/** Canvas columns left to right, following the links: skills and activities feed outcomes, … */
const COLUMN_X: Record<EntityKind, number> = { skill: 0, activity: 420, outcome: 840, assessment: 1_260, credential: 1_680, program: 2_100 };
const ROW = 64;

/**
 * Positions in columns by kind; every column spans the same height, so items with the same
 * home credential (contiguous blocks) line up across the columns, as a designer would place them.
 */
export function makeLayout(rng: Rng, ids: Readonly<Record<EntityKind, readonly Id[]>>, counts: Readonly<EntityCounts>): Record<Id, Position> {
  const height = Math.max(...Object.values(counts), 1) * ROW;
  const layout: Record<Id, Position> = {};
  for (const kind of Object.keys(COLUMN_X) as EntityKind[]) {
    const list = ids[kind];
    const step = height / Math.max(list.length, 1);
    for (let i = 0; i < list.length; i++) {
      layout[list[i]!] = { x: COLUMN_X[kind] + rng.int(9) * 8 - 32, y: Math.round(i * step) };
    }
  }
  return layout;
}

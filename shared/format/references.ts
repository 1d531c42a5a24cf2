import { COLLECTIONS, type Collection, LINK_RULES, POSITIONS_KEY, SETTINGS_RECORD, entityLabel, orphanPositions, withArticle, type Entity, type Link, type McredDocument } from '../model';
import { carriedRecordIds } from './carry';
import { isRawObject, type RawObject } from './migrations/types';
import type { LoadProblem } from './problems';

/** Ids of credentials that sit on a `requires` cycle, or an empty list. */
export function findRequiresCycle(doc: Pick<McredDocument, 'links'>): string[] {
  const requires: Link[] = [];
  for (const id in doc.links) {
    const l = doc.links[id]!;
    if (l.kind === 'requires') requires.push(l);
  }
  return findCycleAmong(requires);
}

/** Ids of credentials on a cycle of the given links (those of kind `requires` count), or an empty list. */
export function findCycleAmong(links: Iterable<Link>): string[] {
  const next = new Map<string, string[]>();
  for (const l of links) {
    if (l.kind !== 'requires') continue;
    const list = next.get(l.from);
    if (list) list.push(l.to);
    else next.set(l.from, [l.to]);
  }
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const iters: number[] = [0];
    state.set(start, 1);
    while (path.length) {
      const node = path[path.length - 1]!;
      const targets = next.get(node) ?? [];
      const k = iters[iters.length - 1]!;
      if (k >= targets.length) {
        state.set(node, 2);
        path.pop();
        iters.pop();
        continue;
      }
      iters[iters.length - 1] = k + 1;
      const t = targets[k]!;
      const s = state.get(t);
      if (s === 1) return path.slice(path.indexOf(t));
      if (s === undefined) {
        state.set(t, 1);
        path.push(t);
        iters.push(0);
      }
    }
  }
  return [];
}

/** The collections of a (possibly not yet validated) map that hold `id`. */
function collectionsHolding(doc: unknown, id: string): string[] {
  return COLLECTIONS.filter((c) => {
    const records = isRawObject(doc) ? doc[c] : undefined;
    return isRawObject(records) && Object.hasOwn(records, id);
  });
}

/** The ends of the links met from one start: none yet, one, or a list once there are several. */
type Ends = string | string[] | undefined;

/**
 * The reference check of each record, handed the records one at a time: by `checkReferences`'
 * own walk, or by the fast schema check's walk during a load, which has each record in hand
 * already. On a 10k map, reaching the records a second time costs more than the checks
 * themselves (the tree is larger than the processor's cache), so a load does it once.
 *
 * Order: the records collection by collection, entities before links (a link's ends are
 * looked up among the entities met so far), then the ids of `meta.stamps`, then `finish`.
 * The schema lists its parts in that order; `read.ts` refuses to hand them over otherwise.
 */
export class ReferenceCheck {
  private readonly problems: LoadProblem[] = [];
  /** Every record id met so far: one met again is used twice; a stamp's id must be here. */
  private readonly ids = new Set<string>();
  /**
   * The entities met so far, each with the ends of the links met from it, numbered in
   * order; and their numbers by id, for the links' ends. (The ends are strings fresh from
   * JSON.parse: a Map finds them as they are, where an object has to look each one up in
   * the engine's string table first.) One look-up per end: the start's number then gives
   * both the entity and the links already from it.
   */
  private readonly entityAt = new Map<string, number>();
  private readonly entityList: Entity[] = [];
  private readonly endsFrom: Ends[] = [];
  /** The ends of links from a start that is not an entity (only in a broken map). */
  private readonly strays = new Map<string, Ends>();
  private readonly requires: Link[] = [];
  /** Ids with stamps that no record met has; carried records are only known at the end. */
  private readonly stampedNothing: string[] = [];
  private readonly tombstones: RawObject | undefined;

  /** `doc`: the map whose records will be handed over (its deletion marks are read here). */
  constructor(private readonly doc: unknown) {
    const meta = isRawObject(doc) ? doc.meta : undefined;
    const tombstones = isRawObject(meta) ? meta.tombstones : undefined;
    this.tombstones = isRawObject(tombstones) && Object.keys(tombstones).length > 0 ? tombstones : undefined;
  }

  private add(path: string, message: string): void {
    this.problems.push({ code: 'reference', path, message });
  }

  /** One record of collection `c`, filed under `key`. */
  record(c: Collection, key: string, rec: { id: string }): void {
    if (rec.id !== key) this.add(`${c}.${key}.id`, `the record is filed under "${key}" but its id is "${rec.id}"`);
    // Keys are unique within a collection, so an id already met is held by an earlier one.
    // One look-up: a Set that does not grow already held the id.
    const met = this.ids.size;
    if (this.ids.add(key).size === met) this.add(`${c}.${key}`, `the id "${key}" is used twice (also in ${collectionsHolding(this.doc, key).filter((o) => o !== c).join(' and ')})`);
    if (this.tombstones && Object.hasOwn(this.tombstones, key)) this.add(`${c}.${key}`, `"${key}" is marked as deleted but still present`);
    if (c === 'entities') {
      this.entityAt.set(key, this.entityList.length);
      this.entityList.push(rec as Entity);
      this.endsFrom.push(undefined);
    } else if (c === 'links') this.link(key, rec as Link);
  }

  private link(id: string, l: Link): void {
    const rule = LINK_RULES[l.kind];
    const start = this.entityAt.get(l.from);
    const end = this.entityAt.get(l.to);
    if (start === undefined) this.add(`links.${id}.from`, `the link's start "${l.from}" does not exist`);
    if (end === undefined) this.add(`links.${id}.to`, `the link's end "${l.to}" does not exist`);
    if (start !== undefined && end !== undefined) {
      const [from, to] = [this.entityList[start]!, this.entityList[end]!];
      if (from.kind !== rule.from || to.kind !== rule.to) {
        this.add(`links.${id}.kind`, `${withArticle(`"${l.kind}"`)} link must go from ${withArticle(rule.from)} to ${withArticle(rule.to)}, not from ${withArticle(from.kind)} to ${withArticle(to.kind)}`);
      }
    }
    if (l.from === l.to) this.add(`links.${id}`, 'a link cannot join an entity to itself');
    // Each pair of entity kinds allows one link kind, so from → to identifies a link.
    const ends = start !== undefined ? this.endsFrom[start] : this.strays.get(l.from);
    let now: Ends;
    if (ends === undefined) now = l.to;
    else if (ends === l.to || (typeof ends !== 'string' && ends.includes(l.to))) {
      this.add(`links.${id}`, `the same "${l.kind}" link from "${l.from}" to "${l.to}" appears twice`);
      now = ends;
    } else if (typeof ends === 'string') now = [ends, l.to];
    else (now = ends).push(l.to);
    if (start !== undefined) this.endsFrom[start] = now;
    else this.strays.set(l.from, now);
    if (l.kind === 'requires') this.requires.push(l);
  }

  /** The id of one entry of `meta.stamps`, after every record. */
  stamps(id: string): void {
    if (id !== SETTINGS_RECORD && !this.ids.has(id)) this.stampedNothing.push(id);
  }

  /** The checks that need the whole map, after every record and stamp; all problems found. */
  finish(doc: McredDocument): LoadProblem[] {
    const add = (path: string, message: string) => this.add(path, message);
    const cycle = findCycleAmong(this.requires);
    if (cycle.length) {
      const names = cycle.map((id) => {
        const e = doc.entities[id];
        return e ? `"${entityLabel(e)}"` : id;
      });
      add('links', `prerequisites go round in a circle: ${[...names, names[0]].join(' requires ')}`);
    }
    pointerProblems(doc, add);
    if (this.stampedNothing.length) {
      const carriedIds = carriedRecordIds(doc.carried);
      for (const id of this.stampedNothing) if (!carriedIds.has(id)) add(`meta.stamps.${id}`, `change stamps are kept for "${id}", which does not exist`);
    }
    return this.problems;
  }
}

/**
 * Checks that the records of a schema-valid document fit together: every link joins two
 * existing entities of the kinds its kind allows, ids are unique across collections, no
 * `requires` cycle, and comments, endorsements and layout point at live records.
 */
export function checkReferences(doc: McredDocument): LoadProblem[] {
  const check = new ReferenceCheck(doc);
  // Plain for…in loops: this runs on maps with tens of thousands of records.
  for (let i = 0; i < COLLECTIONS.length; i++) {
    const c = COLLECTIONS[i]!;
    const records = doc[c] as Record<string, { id: string }>;
    for (const key in records) check.record(c, key, records[key]!);
  }
  for (const id in doc.meta.stamps) check.stamps(id);
  return check.finish(doc);
}

/** Comments, endorsements, positions and the review records point at records that exist. */
function pointerProblems(doc: McredDocument, add: (path: string, message: string) => void): void {
  for (const id of orphanPositions(doc)) add(`${POSITIONS_KEY}.${id}`, `a position is stored for "${id}", which does not exist`);
  for (const [id, c] of Object.entries(doc.comments)) {
    if (!doc.entities[c.target] && !doc.links[c.target]) add(`comments.${id}.target`, `the comment is on "${c.target}", which does not exist`);
    if (!doc.people[c.author]) add(`comments.${id}.author`, `the comment's author "${c.author}" is not among the people of this map`);
    if (c.replyTo !== undefined) {
      const root = doc.comments[c.replyTo];
      if (!root) add(`comments.${id}.replyTo`, `the comment replies to "${c.replyTo}", which does not exist`);
      else if (root.replyTo !== undefined) add(`comments.${id}.replyTo`, 'a reply must answer the first comment of its thread');
    }
  }
  for (const [id, e] of Object.entries(doc.endorsements)) {
    const target = doc.entities[e.target];
    if (!target) add(`endorsements.${id}.target`, `the endorsement is of "${e.target}", which does not exist`);
    else if (target.kind !== 'skill' && target.kind !== 'credential') add(`endorsements.${id}.target`, `only skills and credentials can be endorsed, not ${withArticle(target.kind)}`);
    if (!doc.people[e.person]) add(`endorsements.${id}.person`, `the endorsing person "${e.person}" is not among the people of this map`);
  }
  for (const [id, r] of Object.entries(doc.revisions)) {
    if (!doc.people[r.author]) add(`revisions.${id}.author`, `the revision's author "${r.author}" is not among the people of this map`);
  }
  for (const [id, r] of Object.entries(doc.reviews)) {
    if (!doc.people[r.importedBy]) add(`reviews.${id}.importedBy`, `the person who imported the review, "${r.importedBy}", is not among the people of this map`);
    r.reviewers.forEach((p, i) => {
      if (!doc.people[p]) add(`reviews.${id}.reviewers.${i}`, `the reviewer "${p}" is not among the people of this map`);
    });
  }
  for (const [id, p] of Object.entries(doc.proposals)) {
    if (!doc.entities[p.target]) add(`proposals.${id}.target`, `the proposed change is to "${p.target}", which does not exist`);
    if (!doc.people[p.author]) add(`proposals.${id}.author`, `the reviewer "${p.author}" is not among the people of this map`);
    if (!doc.reviews[p.review]) add(`proposals.${id}.review`, `the proposed change came with the review "${p.review}", which does not exist`);
    if (p.decidedBy !== undefined && !doc.people[p.decidedBy]) add(`proposals.${id}.decidedBy`, `"${p.decidedBy}", who decided on the proposed change, is not among the people of this map`);
  }
  for (const [id, a] of Object.entries(doc.approvals)) {
    const c = doc.entities[a.credential];
    if (!c) add(`approvals.${id}.credential`, `the approval record is for "${a.credential}", which does not exist`);
    else if (c.kind !== 'credential') add(`approvals.${id}.credential`, `approval records are for micro-credentials, not ${withArticle(c.kind)}`);
    if (!doc.people[a.author]) add(`approvals.${id}.author`, `the person who recorded the step, "${a.author}", is not among the people of this map`);
    if (a.revision !== undefined && !doc.revisions[a.revision]) add(`approvals.${id}.revision`, `the approved revision "${a.revision}" does not exist`);
  }
}

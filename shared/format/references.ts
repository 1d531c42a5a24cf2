import { COLLECTIONS, LINK_RULES, POSITIONS_KEY, SETTINGS_RECORD, entityLabel, orphanPositions, withArticle, type Entity, type Link, type McredDocument } from '../model';
import { carriedRecordIds } from './carry';
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

function collectionsHolding(doc: McredDocument, id: string): string[] {
  return COLLECTIONS.filter((c) => Object.hasOwn(doc[c], id));
}

/**
 * Checks that the records of a schema-valid document fit together: every link joins two
 * existing entities of the kinds its kind allows, ids are unique across collections, no
 * `requires` cycle, and comments, endorsements and layout point at live records.
 */
export function checkReferences(doc: McredDocument): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const add = (path: string, message: string) => problems.push({ code: 'reference', path, message });

  // Each pair of entity kinds allows one link kind, so from → to identifies a link: the
  // ends each start reaches (one, or a list once there are several).
  const linked = new Map<string, string | string[]>();
  const requires: Link[] = [];
  // The entities by id, for the links' ends. The ends are strings fresh from JSON.parse: a
  // Map finds them as they are, where the object has to look each one up in the engine's
  // string table first.
  const entities = new Map<string, Entity>();
  const checkLink = (id: string, l: Link) => {
    const rule = LINK_RULES[l.kind];
    const from = entities.get(l.from);
    const to = entities.get(l.to);
    if (!from) add(`links.${id}.from`, `the link's start "${l.from}" does not exist`);
    if (!to) add(`links.${id}.to`, `the link's end "${l.to}" does not exist`);
    if (from && to) {
      if (from.kind !== rule.from || to.kind !== rule.to) {
        add(`links.${id}.kind`, `${withArticle(`"${l.kind}"`)} link must go from ${withArticle(rule.from)} to ${withArticle(rule.to)}, not from ${withArticle(from.kind)} to ${withArticle(to.kind)}`);
      }
    }
    if (l.from === l.to) add(`links.${id}`, 'a link cannot join an entity to itself');
    const ends = linked.get(l.from);
    if (ends === undefined) linked.set(l.from, l.to);
    else if (ends === l.to || (typeof ends !== 'string' && ends.includes(l.to))) add(`links.${id}`, `the same "${l.kind}" link from "${l.from}" to "${l.to}" appears twice`);
    else if (typeof ends === 'string') linked.set(l.from, [ends, l.to]);
    else ends.push(l.to);
    if (l.kind === 'requires') requires.push(l);
  };

  // One pass over the records, in plain for…in loops (this runs on every load of maps with
  // tens of thousands of records). Every id goes into one set as it is met: an id already
  // there is used twice, and the stamps below take one lookup each in it rather than one
  // per collection. The links are checked on the same pass, after the entities.
  const ids = new Set<string>();
  const tombstones = doc.meta.tombstones;
  const anyTombstones = Object.keys(tombstones).length > 0;
  for (let i = 0; i < COLLECTIONS.length; i++) {
    const c = COLLECTIONS[i]!;
    const records = doc[c] as Record<string, { id: string }>;
    for (const key in records) {
      const rec = records[key]!;
      if (rec.id !== key) add(`${c}.${key}.id`, `the record is filed under "${key}" but its id is "${rec.id}"`);
      // Keys are unique within a collection, so an id already met is held by an earlier one.
      if (ids.has(key)) add(`${c}.${key}`, `the id "${key}" is used twice (also in ${collectionsHolding(doc, key).filter((o) => o !== c).join(' and ')})`);
      else ids.add(key);
      if (anyTombstones && key in tombstones) add(`${c}.${key}`, `"${key}" is marked as deleted but still present`);
      if (c === 'entities') entities.set(key, rec as Entity);
      else if (c === 'links') checkLink(key, rec as Link);
    }
  }

  const cycle = findCycleAmong(requires);
  if (cycle.length) {
    const names = cycle.map((id) => {
      const e = doc.entities[id];
      return e ? `"${entityLabel(e)}"` : id;
    });
    add('links', `prerequisites go round in a circle: ${[...names, names[0]].join(' requires ')}`);
  }

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
  const carriedIds = carriedRecordIds(doc.carried);
  for (const id in doc.meta.stamps) {
    if (id !== SETTINGS_RECORD && !ids.has(id) && !carriedIds.has(id)) add(`meta.stamps.${id}`, `change stamps are kept for "${id}", which does not exist`);
  }
  return problems;
}

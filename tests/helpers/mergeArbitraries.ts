import fc from 'fast-check';
import { linkKindBetween, type EntityKind, type Id, type LinkKind, type McredDocument } from '../../shared/model';
import { BASE_MS, PEOPLE, Replica, emptyBase } from '../unit/merge/support/replica';

/**
 * Co-editing scenarios for the merge tests: a small base map saved once, then copies of it
 * edited concurrently on different machines (distinct replica ids and authors, interleaved
 * and slightly skewed wall times), each by random valid commands. Steps are abstract ("the
 * 3rd entity") and resolved against the copy they run on. Values come from small pools so
 * that two people often touch the same field, sometimes with the same value.
 */

/** Value pools per editable field; `null` clears an optional field. Required fields have no null. */
export const FIELDS: Record<EntityKind | 'settings', Record<string, readonly unknown[]>> = {
  skill: {
    statement: ['Triage security alerts', 'Harden cloud accounts', 'Write incident reports'],
    importance: ['essential', 'optional'],
    proficiency: [null, 'intermediate', 'advanced'],
    description: [null, 'Asked for by every employer', 'Core of the analyst role'],
    source: [null, { framework: 'ESCO', code: 'S1.2' }, { framework: 'NICE' }],
  },
  outcome: {
    statement: ['Analyse network logs', 'Explain the shared responsibility model', 'Contain an incident'],
    code: [null, 'LO1', 'LO2'],
    bloomOverride: [null, 'apply', 'analyse'],
    criteria: [null, 'Using real logs', 'Under time pressure'],
  },
  assessment: { title: ['Incident simulation', 'Log analysis exam'], assessmentType: ['exam', 'project', 'practical'], weighting: [null, 40, 60] },
  activity: { title: ['Lab: SIEM queries', 'Workshop: IAM'], deliveryMode: ['online', 'blended'], contactHours: [4, 8], selfStudyHours: [10, 20] },
  credential: {
    title: ['SOC Analyst', 'Cloud Security', 'Incident Response'],
    version: ['1.0', '1.1'],
    status: ['draft', 'in-review', 'approved'],
    credits: [null, { value: 2, unit: 'ects' }, { value: 5, unit: 'ects' }],
    participation: [null, ['online'], ['online', 'onsite']],
  },
  program: { title: ['BSc Cyber Security', 'Graduate Certificate'], level: [null, 'Bachelor’s degree'] },
  settings: {
    title: ['Cyber security micro-credentials', 'Security credentials 2026'],
    institution: [null, 'Northern Polytechnic', 'Acme Academy'],
    creditUnit: ['ects', 'nz-credit'],
    profiles: [['eu-2022'], ['eu-2022', 'house'], ['nzqa']],
  },
};
const FIXED: Partial<Record<EntityKind, Record<string, unknown>>> = { skill: { skillType: 'skill' }, credential: { language: 'en' } };
const LINK_FIELDS: Partial<Record<LinkKind, [string, readonly unknown[]]>> = {
  addresses: ['level', ['introduced', 'reinforced', 'mastered']],
  'part-of': ['order', [null, 1, 2]],
  'stacks-into': ['creditsRecognised', [null, 5, 10]],
};
const KINDS: readonly EntityKind[] = ['skill', 'outcome', 'assessment', 'activity', 'credential', 'program'];

/** An abstract editing step; numbers pick among whatever the copy has at the time. */
export type Op =
  | { op: 'create'; kind: EntityKind; v: number; at?: { x: number; y: number } }
  | { op: 'update'; pick: number; field: number; v: number }
  | { op: 'delete'; pick: number }
  | { op: 'move'; pick: number; at: { x: number; y: number } }
  | { op: 'link'; pair: number; v: number }
  | { op: 'relink'; pick: number; v: number }
  | { op: 'unlink'; pick: number }
  | { op: 'comment'; pick: number; reply: boolean; v: number }
  | { op: 'resolve'; pick: number; resolved: boolean }
  | { op: 'uncomment'; pick: number }
  | { op: 'endorse'; pick: number; person: number; v: number }
  | { op: 'unendorse'; pick: number }
  | { op: 'settings'; field: number; v: number }
  | { op: 'revise'; v: number };

/** Mostly small, so that copies often pick the same record and field. */
const n = fc.oneof(fc.nat(2), fc.nat(40));
const at = fc.record({ x: fc.integer({ min: 0, max: 4 }).map((i) => i * 200), y: fc.integer({ min: 0, max: 4 }).map((i) => i * 100) });
const w = (weight: number, arbitrary: fc.Arbitrary<Op>) => ({ weight, arbitrary });
const create = fc.record({ op: fc.constant('create' as const), kind: fc.constantFrom(...KINDS), v: n, at: fc.option(at, { nil: undefined }) }).map((o): Op => (o.at ? o : { op: o.op, kind: o.kind, v: o.v }));

/** Steps that build a base map: mostly entities and links. */
export const baseOpArb: fc.Arbitrary<Op> = fc.oneof(
  w(6, create),
  w(2, fc.record({ op: fc.constant('create' as const), kind: fc.constant('credential' as const), v: n })),
  w(5, fc.record({ op: fc.constant('link' as const), pair: fc.nat(400), v: n })),
  w(1, fc.record({ op: fc.constant('comment' as const), pick: n, reply: fc.boolean(), v: n })),
  w(1, fc.record({ op: fc.constant('endorse' as const), pick: n, person: n, v: n })),
);

/** Steps of concurrent editing: every command a co-editor uses. */
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  w(2, create),
  w(24, fc.record({ op: fc.constant('update' as const), pick: n, field: fc.oneof(fc.constant(0), n), v: fc.nat(5) })),
  w(1, fc.record({ op: fc.constant('delete' as const), pick: n })),
  w(2, fc.record({ op: fc.constant('move' as const), pick: n, at })),
  w(4, fc.record({ op: fc.constant('link' as const), pair: fc.nat(400), v: n })),
  w(2, fc.record({ op: fc.constant('relink' as const), pick: n, v: n })),
  w(1, fc.record({ op: fc.constant('unlink' as const), pick: n })),
  w(2, fc.record({ op: fc.constant('comment' as const), pick: n, reply: fc.boolean(), v: n })),
  w(1, fc.record({ op: fc.constant('resolve' as const), pick: n, resolved: fc.boolean() })),
  w(1, fc.record({ op: fc.constant('uncomment' as const), pick: n })),
  w(1, fc.record({ op: fc.constant('endorse' as const), pick: n, person: n, v: n })),
  w(1, fc.record({ op: fc.constant('unendorse' as const), pick: n })),
  w(2, fc.record({ op: fc.constant('settings' as const), field: n, v: fc.nat(5) })),
  w(1, fc.record({ op: fc.constant('revise' as const), v: n })),
);

const nth = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const set = (v: unknown) => (v === null ? null : v);

/** Resolves a step against `doc` into a command, or undefined when it has nothing to act on. */
export function toCall(doc: McredDocument, op: Op, fresh: (prefix: string) => Id, author: Id): { name: string; payload: unknown } | undefined {
  const entities = Object.keys(doc.entities);
  const links = Object.keys(doc.links);
  const comments = Object.keys(doc.comments);
  switch (op.op) {
    case 'create': {
      const entity: Record<string, unknown> = { id: fresh(op.kind.slice(0, 2)), kind: op.kind, ...FIXED[op.kind] };
      for (const [f, pool] of Object.entries(FIELDS[op.kind])) if (pool[0] !== null) entity[f] = nth(pool, op.v);
      return { name: 'entity.create', payload: { entity, ...(op.at ? { position: op.at } : {}) } };
    }
    case 'update': {
      const id = nth(entities, op.pick);
      if (!id) return undefined;
      const [field, pool] = nth(Object.entries(FIELDS[doc.entities[id]!.kind]), op.field)!;
      return { name: 'entity.update', payload: { id, changes: { [field]: set(nth(pool, op.v)) } } };
    }
    case 'delete': {
      const id = nth(entities, op.pick);
      return id ? { name: 'entity.delete', payload: { ids: [id] } } : undefined;
    }
    case 'move': {
      const id = nth(entities, op.pick);
      return id ? { name: 'layout.move', payload: { positions: { [id]: op.at } } } : undefined;
    }
    case 'link': {
      const pairs = entities.flatMap((f) => entities.filter((t) => t !== f && linkKindBetween(doc.entities[f]!.kind, doc.entities[t]!.kind)).map((t) => [f, t] as const));
      const pair = nth(pairs, op.pair);
      if (!pair) return undefined;
      const kind = linkKindBetween(doc.entities[pair[0]]!.kind, doc.entities[pair[1]]!.kind)!;
      const extra = LINK_FIELDS[kind];
      const value = extra ? nth(extra[1], op.v) : null;
      const link = { id: fresh('ln'), kind, from: pair[0], to: pair[1], ...(extra && value !== null ? { [extra[0]]: value } : {}) };
      return { name: 'link.create', payload: { link } };
    }
    case 'relink': {
      const id = nth(links, op.pick);
      const extra = id ? LINK_FIELDS[doc.links[id]!.kind] : undefined;
      return id && extra ? { name: 'link.update', payload: { id, changes: { [extra[0]]: set(nth(extra[1], op.v)) } } } : undefined;
    }
    case 'unlink': {
      const id = nth(links, op.pick);
      return id ? { name: 'link.delete', payload: { ids: [id] } } : undefined;
    }
    case 'comment': {
      const target = nth([...entities, ...links], op.pick);
      if (!target) return undefined;
      const roots = Object.values(doc.comments).filter((c) => c.target === target && c.replyTo === undefined);
      const root = op.reply ? nth(roots, op.v) : undefined;
      const body = nth(['Is this level right?', 'Employers ask for this every time.', 'Agreed.'], op.v)!;
      const comment = { id: fresh('cm'), target, author, at: '2026-01-05T10:00:00Z', body, ...(root ? { replyTo: root.id } : {}) };
      return { name: 'comment.add', payload: { comment } };
    }
    case 'resolve': {
      const id = nth(comments, op.pick);
      return id ? { name: 'comment.resolve', payload: { id, resolved: op.resolved } } : undefined;
    }
    case 'uncomment': {
      const id = nth(comments, op.pick);
      return id ? { name: 'comment.delete', payload: { id } } : undefined;
    }
    case 'endorse': {
      const target = nth(entities.filter((id) => ['skill', 'credential'].includes(doc.entities[id]!.kind)), op.pick);
      if (!target) return undefined;
      const note = nth([undefined, 'We hire for this.'], op.v);
      const endorsement = { id: fresh('en'), target, person: nth(PEOPLE, op.person)!.id, date: '2026-01-06', ...(note ? { note } : {}) };
      return { name: 'endorsement.add', payload: { endorsement } };
    }
    case 'unendorse': {
      const id = nth(Object.keys(doc.endorsements), op.pick);
      return id ? { name: 'endorsement.remove', payload: { id } } : undefined;
    }
    case 'revise': {
      const name = nth(['Sent to faculty review', 'Advisory board draft'], op.v)!;
      return { name: 'revision.create', payload: { id: fresh('rv'), name, at: '2026-01-05T12:00:00Z', author } };
    }
    case 'settings': {
      const [field, pool] = nth(Object.entries(FIELDS.settings), op.field)!;
      return { name: 'settings.update', payload: { changes: { [field]: set(nth(pool, op.v)) } } };
    }
  }
}

/** Runs an abstract step on a copy at wall time `now`; true when it changed the copy. */
export function runOp(r: Replica, op: Op, now: number): boolean {
  const call = toCall(r.doc, op, (p) => r.freshId(p), r.author);
  return call !== undefined && r.tryApply(call.name, call.payload, now);
}

/** A base map built by `ops` and saved: the last save all copies share. */
export function buildBase(ops: readonly Op[]): McredDocument {
  const r = emptyBase();
  let now = BASE_MS;
  for (const op of ops) runOp(r, op, (now += 1_000));
  return r.save(now + 1_000).doc;
}

/** One step of concurrent editing: which copy, what, and how much wall time passed before it. */
export interface Edit {
  copy: number;
  op: Op;
  dt: number;
}

/** Copy i of `base` is edited by person i on replica `rep{i}`, its clock `skews[i]` ms off; each saves at the end. */
export function editCopies(base: McredDocument, count: number, edits: readonly Edit[], skews: readonly number[] = []): McredDocument[] {
  let now = BASE_MS + 3_600_000;
  const copies = Array.from({ length: count }, (_, i) => new Replica(base, `rep${i}`, PEOPLE[i % PEOPLE.length]!.id, now));
  for (const e of edits) {
    now += e.dt;
    runOp(copies[e.copy % count]!, e.op, now + (skews[e.copy % count] ?? 0));
  }
  return copies.map((c, i) => c.save(now + 1 + (skews[i] ?? 0)).doc);
}

/** A saved base map and `count` copies of it edited concurrently. */
export interface Scenario {
  base: McredDocument;
  copies: McredDocument[];
}

/**
 * Credentials only, joined by `requires` links that the copies add, remove and comment on,
 * and credentials deleted now and then: where prerequisite circles and duplicate links arise.
 */
const requiresBaseOpArb: fc.Arbitrary<Op> = fc.oneof(
  w(1, fc.record({ op: fc.constant('create' as const), kind: fc.constant('credential' as const), v: n })),
  w(1, fc.record({ op: fc.constant('link' as const), pair: fc.nat(400), v: n })),
);
const requiresOpArb: fc.Arbitrary<Op> = fc.oneof(
  w(8, fc.record({ op: fc.constant('link' as const), pair: fc.nat(400), v: n })),
  w(1, fc.record({ op: fc.constant('create' as const), kind: fc.constant('credential' as const), v: n })),
  w(1, fc.record({ op: fc.constant('unlink' as const), pick: n })),
  w(1, fc.record({ op: fc.constant('delete' as const), pick: n })),
  w(2, fc.record({ op: fc.constant('comment' as const), pick: fc.nat(40), reply: fc.boolean(), v: n })),
);

export function scenarioArb(count: number, size: { baseOps?: number; edits?: number; focus?: 'requires' } = {}): fc.Arbitrary<Scenario> {
  const [baseOp, op] = size.focus === 'requires' ? [requiresBaseOpArb, requiresOpArb] : [baseOpArb, opArb];
  return fc
    .record({
      baseOps: fc.array(baseOp, { minLength: 3, maxLength: size.baseOps ?? 14, size: 'max' }),
      edits: fc.array(fc.record({ copy: fc.nat(count - 1), op, dt: fc.integer({ min: 0, max: 5_000 }) }), { minLength: count * 2, maxLength: size.edits ?? 10 * count, size: 'max' }),
      skews: fc.array(fc.integer({ min: -3_000, max: 3_000 }), { minLength: count, maxLength: count }),
    })
    .map(({ baseOps, edits, skews }) => {
      const base = buildBase(baseOps);
      return { base, copies: editCopies(base, count, edits, skews) };
    });
}

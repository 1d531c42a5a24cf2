import fc from 'fast-check';
import { applyCommand, createDocument, type ApplyResult } from '../../shared/commands';
import { ENTITY_KINDS, ID_PREFIX, LINK_KINDS, LINK_RULES, type EntityKind, type Id, type LinkKind, type McredDocument, type Stamp } from '../../shared/model';
import { AUTHOR, CREATED_STAMP, MAP_ID, TestClock, makeSettings } from './builders';
import { ENTITY_FIELDS, LINK_FIELDS, SETTINGS_FIELDS, changesOf, isoDate, isoDateTime, number, personRole, recordOf, spoilt, text } from './fieldValues';

/**
 * Generated maps are built the way users build them: a random sequence of commands applied
 * to `createDocument`, refusals skipped. A step is abstract ("the 3rd entity") and is
 * resolved against the document it is applied to, so shrinking keeps steps meaningful.
 */

/** A command as `applyCommand` takes it. */
export interface Call {
  name: string;
  payload: unknown;
}

/** Picks the n-th item of a list (modulo its length); 'missing' names nothing in the map. */
type Pick = number | 'missing';
/** `typed` picks among entities of the kind the link or endorsement needs; otherwise among all. */
type EndPick = { pick: Pick; typed: boolean };

export type Step = { by: number; reuse: Pick | undefined } & (
  | { op: 'entity.create'; kind: EntityKind; fields: Record<string, unknown>; position: { x: number; y: number } | undefined }
  | { op: 'entity.update'; target: Pick; changes: ChangesByKind }
  | { op: 'outcome.rewrite'; target: Pick; statement: string }
  | { op: 'entity.delete'; targets: Pick[] }
  | { op: 'layout.move'; target: Pick; position: { x: number; y: number } }
  | { op: 'link.create'; kind: LinkKind; from: EndPick; to: EndPick; fields: Record<string, unknown> }
  | { op: 'link.join'; pair: number; fields: Record<string, unknown> }
  | { op: 'link.update'; target: Pick; changes: ChangesByKind }
  | { op: 'link.delete'; target: Pick }
  | { op: 'comment.add'; target: Pick; replyTo: Pick | undefined; body: string; at: string; field: string | undefined }
  | { op: 'comment.resolve'; target: Pick; resolved: boolean }
  | { op: 'comment.delete'; target: Pick }
  | { op: 'endorsement.add'; target: EndPick; person: Pick; date: string; note: string | undefined }
  | { op: 'endorsement.remove'; target: Pick }
  | { op: 'person.upsert'; existing: Pick | undefined; name: string; role: string; organisation: string | undefined }
  | { op: 'settings.update'; changes: Record<string, unknown> }
  | { op: 'revision.create'; name: string; at: string }
  | { op: 'revision.delete'; target: Pick }
);

/** Largest number of entities a generated map has: small enough for 1,000 runs. */
export const MAX_ENTITIES = 30;

const pick: fc.Arbitrary<Pick> = fc.oneof({ weight: 9, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: fc.constant('missing' as const) });
const endPick: fc.Arbitrary<EndPick> = fc.record({ pick, typed: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) });
const position = fc.record({ x: number(-3000, 3000), y: number(-3000, 3000) });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
type ChangesByKind = Record<string, Record<string, unknown>>;
/** Changes for each kind of record, so that an update fits whichever record it lands on. */
const changesByKind = {
  entity: fc.record(Object.fromEntries(ENTITY_KINDS.map((k) => [k, changesOf(ENTITY_FIELDS[k], ['kind'])]))) as fc.Arbitrary<ChangesByKind>,
  link: fc.record(Object.fromEntries(LINK_KINDS.map((k) => [k, changesOf(LINK_FIELDS[k], ['kind', 'from', 'to'])]))) as fc.Arbitrary<ChangesByKind>,
};

type Body<S> = S extends unknown ? Omit<S, 'by' | 'reuse'> : never;
const w = (weight: number, arbitrary: fc.Arbitrary<Body<Step>>) => ({ weight, arbitrary });

/** One abstract step; weighted so that maps grow while every command still runs often. */
export const stepArb: fc.Arbitrary<Step> = fc
  .tuple(
    fc.oneof(
      w(14, fc.constantFrom(...ENTITY_KINDS).chain((kind) => fc.record({ op: fc.constant('entity.create' as const), kind: fc.constant(kind), fields: spoilt(recordOf(ENTITY_FIELDS[kind])), position: opt(position) }))),
      w(3, fc.record({ op: fc.constant('entity.update' as const), target: pick, changes: changesByKind.entity })),
      w(1, fc.record({ op: fc.constant('outcome.rewrite' as const), target: pick, statement: text })),
      w(1, fc.record({ op: fc.constant('entity.delete' as const), targets: fc.array(pick, { minLength: 1, maxLength: 2 }) })),
      w(1, fc.record({ op: fc.constant('layout.move' as const), target: pick, position })),
      w(4, fc.constantFrom(...LINK_KINDS).chain((kind) => fc.record({ op: fc.constant('link.create' as const), kind: fc.constant(kind), from: endPick, to: endPick, fields: recordOf(LINK_FIELDS[kind]) }))),
      w(14, fc.record({ op: fc.constant('link.join' as const), pair: fc.nat(), fields: recordOf({ required: {}, optional: { ...LINK_FIELDS.addresses.required, ...LINK_FIELDS['part-of'].optional, ...LINK_FIELDS['stacks-into'].optional } }) })),
      w(1, fc.record({ op: fc.constant('link.update' as const), target: pick, changes: changesByKind.link })),
      w(1, fc.record({ op: fc.constant('link.delete' as const), target: pick })),
      w(3, fc.record({ op: fc.constant('comment.add' as const), target: pick, replyTo: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: pick }), body: text, at: isoDateTime, field: opt(fc.constantFrom('statement', 'title')) })),
      w(1, fc.record({ op: fc.constant('comment.resolve' as const), target: pick, resolved: fc.boolean() })),
      w(1, fc.record({ op: fc.constant('comment.delete' as const), target: pick })),
      w(2, fc.record({ op: fc.constant('endorsement.add' as const), target: endPick, person: pick, date: isoDate, note: opt(text) })),
      w(1, fc.record({ op: fc.constant('endorsement.remove' as const), target: pick })),
      w(1, fc.record({ op: fc.constant('person.upsert' as const), existing: opt(pick), name: text, role: personRole, organisation: opt(text) })),
      w(1, fc.record({ op: fc.constant('settings.update' as const), changes: changesOf(SETTINGS_FIELDS) })),
      w(1, fc.record({ op: fc.constant('revision.create' as const), name: text, at: isoDateTime })),
      w(1, fc.record({ op: fc.constant('revision.delete' as const), target: pick })),
    ),
    fc.nat(5),
    fc.oneof({ weight: 19, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: pick }),
  )
  .map(([body, by, reuse]) => ({ ...body, by, reuse }) as Step);

export const stepsArb = fc.array(stepArb, { maxLength: 60, size: 'max' });

function choose(ids: readonly Id[], p: Pick): Id {
  return p === 'missing' || ids.length === 0 ? 'zz_missing' : ids[p % ids.length]!;
}

/**
 * Resolves an abstract step against `doc` into a command. `fresh` makes ids for new records;
 * `reuse` instead takes an id already used in the map, live or deleted.
 */
export function toCall(doc: McredDocument, step: Step, fresh: (prefix: string) => Id): Call {
  const entities = Object.keys(doc.entities);
  const byKind = new Map<EntityKind, Id[]>(ENTITY_KINDS.map((k) => [k, []]));
  for (const id of entities) byKind.get(doc.entities[id]!.kind)!.push(id);
  const ofKind = (k: EntityKind) => byKind.get(k)!;
  const end = (e: EndPick, kinds: readonly EntityKind[]) => choose(e.typed ? kinds.flatMap(ofKind) : entities, e.pick);
  const newId = (kind: keyof typeof ID_PREFIX) => {
    if (step.reuse === undefined) return fresh(ID_PREFIX[kind]);
    return choose([...entities, ...Object.keys(doc.links), ...Object.keys(doc.comments), ...Object.keys(doc.people), ...Object.keys(doc.meta.tombstones)], step.reuse);
  };
  const people = Object.keys(doc.people);
  switch (step.op) {
    case 'entity.create':
      return { name: step.op, payload: { entity: { ...step.fields, id: newId(step.kind), kind: step.kind }, ...(step.position ? { position: step.position } : {}) } };
    case 'entity.update': {
      const id = choose(entities, step.target);
      return { name: step.op, payload: { id, changes: step.changes[doc.entities[id]?.kind ?? 'skill'] } };
    }
    case 'outcome.rewrite':
      return { name: step.op, payload: { id: choose(ofKind('outcome'), step.target), statement: step.statement } };
    case 'entity.delete':
      return { name: step.op, payload: { ids: step.targets.map((t) => choose(entities, t)) } };
    case 'layout.move':
      return { name: step.op, payload: { positions: { [choose(entities, step.target)]: step.position } } };
    case 'link.create': {
      const rule = LINK_RULES[step.kind];
      return { name: step.op, payload: { link: { ...step.fields, id: newId('link'), kind: step.kind, from: end(step.from, [rule.from]), to: end(step.to, [rule.to]) } } };
    }
    case 'link.join': {
      // Two entities that some link kind may join (perhaps already joined: a duplicate).
      const pairs = LINK_KINDS.flatMap((kind) => ofKind(LINK_RULES[kind].from).flatMap((from) => ofKind(LINK_RULES[kind].to).filter((to) => to !== from).map((to) => ({ kind, from, to }))));
      const { kind, from, to } = pairs[step.pair % Math.max(1, pairs.length)] ?? { kind: 'requires' as const, from: 'zz_missing', to: 'zz_missing' };
      const fields = Object.fromEntries(Object.entries(step.fields).filter(([k]) => k in LINK_FIELDS[kind].required || k in LINK_FIELDS[kind].optional));
      return { name: 'link.create', payload: { link: { ...(kind === 'addresses' ? { level: 'introduced' } : {}), ...fields, id: newId('link'), kind, from, to } } };
    }
    case 'link.update': {
      const id = choose(Object.keys(doc.links), step.target);
      return { name: step.op, payload: { id, changes: step.changes[doc.links[id]?.kind ?? 'addresses'] } };
    }
    case 'link.delete':
      return { name: step.op, payload: { ids: [choose(Object.keys(doc.links), step.target)] } };
    case 'comment.add': {
      const target = choose([...entities, ...Object.keys(doc.links)], step.target);
      const roots = Object.values(doc.comments).filter((c) => c.target === target && c.replyTo === undefined).map((c) => c.id);
      const replyTo = step.replyTo === undefined ? undefined : choose(roots.length ? roots : Object.keys(doc.comments), step.replyTo);
      const comment = { id: newId('comment'), target, author: choose(people, step.by), at: step.at, body: step.body, ...(replyTo ? { replyTo } : {}), ...(step.field ? { field: step.field } : {}) };
      return { name: step.op, payload: { comment } };
    }
    case 'comment.resolve':
      return { name: step.op, payload: { id: choose(Object.keys(doc.comments), step.target), resolved: step.resolved } };
    case 'comment.delete':
      return { name: step.op, payload: { id: choose(Object.keys(doc.comments), step.target) } };
    case 'endorsement.add': {
      const endorsement = { id: newId('endorsement'), target: end(step.target, ['skill', 'credential']), person: choose(people, step.person), date: step.date, ...(step.note ? { note: step.note } : {}) };
      return { name: step.op, payload: { endorsement } };
    }
    case 'endorsement.remove':
      return { name: step.op, payload: { id: choose(Object.keys(doc.endorsements), step.target) } };
    case 'person.upsert': {
      const id = step.existing === undefined ? newId('person') : choose(people, step.existing);
      return { name: step.op, payload: { person: { id, name: step.name, role: step.role, ...(step.organisation ? { organisation: step.organisation } : {}) } } };
    }
    case 'settings.update':
      return { name: step.op, payload: { changes: step.changes } };
    case 'revision.create':
      return { name: step.op, payload: { id: newId('revision'), name: step.name, at: step.at, author: choose(people, step.by) } };
    case 'revision.delete':
      return { name: step.op, payload: { id: choose(Object.keys(doc.revisions), step.target) } };
  }
}

/** The empty map every generated map starts from. */
export function emptyMap(): McredDocument {
  return createDocument({ id: MAP_ID, settings: makeSettings(), author: AUTHOR, stamp: CREATED_STAMP });
}

/** What `replay` shows a visitor for each step. */
export interface Visit {
  before: McredDocument;
  call: Call;
  stamp: Stamp;
  result: ApplyResult;
}

/**
 * Applies `steps` to an empty map, skipping refusals and entity creation past
 * `MAX_ENTITIES`; calls `visit` after each command. Deterministic for given steps.
 */
export function replay(steps: readonly Step[], visit?: (v: Visit) => void): McredDocument {
  let doc = emptyMap();
  const clock = new TestClock(AUTHOR.id, 'gen00001');
  let n = 0;
  const fresh = (prefix: string) => `${prefix}_g${++n}`;
  for (const step of steps) {
    if (step.op === 'entity.create' && Object.keys(doc.entities).length >= MAX_ENTITIES) continue;
    const call = toCall(doc, step, fresh);
    const stamp = clock.next(choose(Object.keys(doc.people), step.by));
    const result = applyCommand(doc, call, { stamp });
    visit?.({ before: doc, call, stamp, result });
    if (result.ok) doc = result.doc;
  }
  return doc;
}

/** Valid small maps (≤ 30 entities), built by random command sequences. */
export const mapArb: fc.Arbitrary<McredDocument> = stepsArb.map((steps) => replay(steps));

/** A command for `doc` (accepted or not), with fresh ids that are new to it. */
export function callArb(doc: McredDocument): fc.Arbitrary<Call> {
  return fc.tuple(stepArb, fc.nat()).map(([step, seed]) => toCall(doc, step, (prefix) => `${prefix}_c${seed}`));
}

/** A generated map with one more command to apply to it, and the stamp to apply it with. */
export const mapAndCallArb: fc.Arbitrary<{ doc: McredDocument; call: Call; stamp: Stamp }> = mapArb.chain((doc) =>
  callArb(doc).map((call) => ({ doc, call, stamp: `9999999999999-000-gen00001@${AUTHOR.id}` })),
);

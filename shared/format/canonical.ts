import {
  DemandEvidence,
  ENTITY_SCHEMAS,
  HouseProfile,
  LINK_SCHEMAS,
  Approval,
  Comment,
  type Content,
  Credits,
  Endorsement,
  McredFile,
  type Carried,
  type McredDocument,
  type Meta,
  SCHEMA_VERSION,
  Person,
  Position,
  Proposal,
  ReviewImport,
  Unplaced,
  type Revision,
  Save,
  Settings,
  SkillSource,
  type Entity,
  type Link,
} from '../model';
import { restoreFields } from './carry';

/**
 * Canonical serialisation: keys in schema order, maps sorted by id (code-unit order, no
 * locale), two-space indentation, one scalar per line, newline at the end. An unchanged
 * document gives identical bytes; one changed field gives a one-line diff.
 */

type Plain = Record<string, unknown>;
type Order = { keys: readonly string[]; nested?: Readonly<Record<string, Order>> };

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);

const CREDITS: Order = { keys: keysOf(Credits) };
const ENTITY_NESTED: Record<string, Order> = {
  source: { keys: keysOf(SkillSource) },
  demand: { keys: keysOf(DemandEvidence) },
  credits: CREDITS,
  totalCredits: CREDITS,
};
const ENTITY_ORDER: Record<string, Order> = Object.fromEntries(
  Object.entries(ENTITY_SCHEMAS).map(([k, s]) => [k, { keys: keysOf(s), nested: ENTITY_NESTED }]),
);
const LINK_ORDER: Record<string, Order> = Object.fromEntries(Object.entries(LINK_SCHEMAS).map(([k, s]) => [k, { keys: keysOf(s) }]));
const SETTINGS: Order = { keys: keysOf(Settings), nested: { house: { keys: keysOf(HouseProfile) } } };
const PERSON: Order = { keys: keysOf(Person) };
const COMMENT: Order = { keys: keysOf(Comment) };
const ENDORSEMENT: Order = { keys: keysOf(Endorsement) };
const SAVE: Order = { keys: keysOf(Save) };
const POSITION: Order = { keys: keysOf(Position) };
const UNPLACED: Order = { keys: keysOf(Unplaced) };
const REVIEW: Order = { keys: keysOf(ReviewImport), nested: { counts: { keys: ['changes', 'comments', 'unplaced'] } } };
const PROPOSAL: Order = { keys: keysOf(Proposal) };
const APPROVAL: Order = { keys: keysOf(Approval) };

/** Copies `obj` with its keys in `order`; keys the order does not know go last, sorted. */
function ordered(obj: Plain, order: Order): Plain {
  const out: Plain = {};
  for (const k of order.keys) {
    const v = obj[k];
    if (v === undefined) continue;
    const nested = order.nested?.[k];
    out[k] = nested && v !== null && typeof v === 'object' && !Array.isArray(v) ? ordered(v as Plain, nested) : v;
  }
  const known = order.keys;
  if (Object.keys(obj).length > known.length || Object.keys(obj).some((k) => !known.includes(k))) {
    for (const k of Object.keys(obj).sort()) if (!known.includes(k) && obj[k] !== undefined) out[k] = obj[k];
  }
  return out;
}

function sortedIds(map: object): string[] {
  // The default sort compares UTF-16 code units, exactly like compareIds, and is faster.
  return Object.keys(map).sort();
}

/** Plain code-unit comparison: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedMap<T>(map: Record<string, T>, each: (v: T) => unknown): Plain {
  const out: Plain = {};
  for (const id of sortedIds(map)) out[id] = each(map[id] as T);
  return out;
}

const entity = (e: Entity) => ordered(e as unknown as Plain, ENTITY_ORDER[e.kind] ?? { keys: [] });
const link = (l: Link) => ordered(l as unknown as Plain, LINK_ORDER[l.kind] ?? { keys: [] });

function canonicalContent(c: Content): Plain {
  return {
    settings: ordered(c.settings as Plain, SETTINGS),
    entities: sortedMap(c.entities, entity),
    links: sortedMap(c.links, link),
  };
}

function canonicalMeta(m: Meta): Plain {
  return {
    stamps: sortedMap(m.stamps, (fields) => sortedMap(fields, (s) => s)),
    tombstones: sortedMap(m.tombstones, (s) => s),
  };
}

/**
 * The document as a plain object in canonical key order. A newer app's file is written
 * back as that app's format: its version, its `readableFrom` and the keys it added.
 */
export function canonicalObject(doc: McredDocument): Plain {
  const carried = isNewer(doc.carried) ? doc.carried : undefined;
  const plain = canonicalOwn(doc, carried);
  return carried ? restoreFields(plain, carried.fields, McredFile) : plain;
}

/** Only a bag from a newer format is ever written back (never one claiming an older version). */
const isNewer = (c: Carried | undefined): c is Carried => c !== undefined && c.schemaVersion > SCHEMA_VERSION && c.readableFrom <= SCHEMA_VERSION;

function canonicalOwn(doc: McredDocument, carried: Carried | undefined): Plain {
  return {
    format: doc.format,
    schemaVersion: carried ? carried.schemaVersion : doc.schemaVersion,
    ...(carried ? { readableFrom: carried.readableFrom } : {}),
    id: doc.id,
    ...canonicalContent(doc),
    layout: sortedMap(doc.layout, (p) => ordered(p as Plain, POSITION)),
    people: sortedMap(doc.people, (p) => ordered(p as Plain, PERSON)),
    comments: sortedMap(doc.comments, (c) => ordered(c as Plain, COMMENT)),
    endorsements: sortedMap(doc.endorsements, (e) => ordered(e as Plain, ENDORSEMENT)),
    revisions: sortedMap(doc.revisions, (r: Revision) => ({
      id: r.id,
      name: r.name,
      at: r.at,
      author: r.author,
      snapshot: canonicalContent(r.snapshot),
    })),
    reviews: sortedMap(doc.reviews, (r) => {
      const out = ordered(r as Plain, REVIEW);
      out.unplaced = r.unplaced.map((u) => ordered(u as Plain, UNPLACED));
      return out;
    }),
    proposals: sortedMap(doc.proposals, (p) => ordered(p as Plain, PROPOSAL)),
    approvals: sortedMap(doc.approvals, (a) => ordered(a as Plain, APPROVAL)),
    saves: sortedMap(doc.saves, (s) => ordered(s as Plain, SAVE)),
    meta: canonicalMeta(doc.meta),
  };
}

export function serialiseDocument(doc: McredDocument): string {
  return JSON.stringify(canonicalObject(doc), null, 2) + '\n';
}

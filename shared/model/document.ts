import { z } from 'zod';
import { Entity } from './entities';
import { Id } from './ids';
import { Link } from './links';
import { Comment, Endorsement, IsoDateTime, Person, Position, Save } from './records';
import { Approval, Proposal, ReviewImport } from './review';
import { Stamp } from './stamp';
import { CreditUnit, ProfileId } from './vocab';

export const FORMAT_NAME = 'micro-credential-studio';
/** The schemaVersion this build writes. Older files are migrated on load; newer are refused. */
export const SCHEMA_VERSION = 4;

/** An institution's own rules, kept in the map and checked by the "house" profile. */
export const HouseProfile = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** Largest credit value a credential may carry, in the map's credit unit. */
  maxCredits: z.number().finite().min(0).optional(),
  minOutcomes: z.number().int().min(0).optional(),
  maxOutcomes: z.number().int().min(0).optional(),
  /** Credential fields that must be filled in, e.g. ["targetAudience", "reviewCycleMonths"]. */
  requiredFields: z.array(z.string().max(100)).max(100),
});
export type HouseProfile = z.infer<typeof HouseProfile>;

/** Map-level settings; stamped as the record named `map`. */
export const Settings = z.strictObject({
  title: z.string().trim().min(1).max(500),
  institution: z.string().max(500).optional(),
  country: z.string().max(200).optional(),
  /** The credit system credentials in this map use by default. */
  creditUnit: CreditUnit,
  /** Overrides the unit's conventional notional hours per credit. */
  hoursPerCredit: z.number().finite().positive().max(1_000).optional(),
  profiles: z.array(ProfileId).max(10),
  house: HouseProfile.optional(),
});
export type Settings = z.infer<typeof Settings>;

const map = <T extends z.ZodType>(value: T) => z.record(Id, value);

/** The curriculum content proper: what a named revision snapshots. */
export const Content = z.strictObject({
  settings: Settings,
  entities: map(Entity),
  links: map(Link),
});
export type Content = z.infer<typeof Content>;

/** A named snapshot, e.g. "Sent to faculty review", for tracked-change exports against it. */
export const Revision = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(300),
  at: IsoDateTime,
  author: Id,
  snapshot: Content,
});
export type Revision = z.infer<typeof Revision>;

/**
 * Change metadata, kept apart from the content so the content stays readable:
 * `stamps[recordId][field]` is the last change of each field; `tombstones[recordId]` marks
 * a deleted record so that a merge never brings it back.
 */
export const Meta = z.strictObject({
  stamps: z.record(z.string(), z.record(z.string(), Stamp)),
  tombstones: map(Stamp),
});
export type Meta = z.infer<typeof Meta>;

/** A JSON value as a newer app wrote it (checked for shape only; size is bounded by the file limit). */
const JsonValue: z.ZodType<unknown> = z.json();

/**
 * What a newer app wrote that this version does not know, kept to be written back
 * unchanged (see shared/format/CONTEXT.md, "Files from a newer app"). A file of a newer
 * format opens here only when it says `readableFrom` ≤ `SCHEMA_VERSION`: its newer app
 * promises that everything it added can be carried through by an older one.
 */
export const Carried = z.strictObject({
  /** The file's own format version and promise, written back as they were. */
  schemaVersion: z.number().int().min(1),
  readableFrom: z.number().int().min(1),
  /** Each unknown key: the path of the object that held it, the key and its value. */
  fields: z.array(z.strictObject({ at: z.array(z.union([z.string(), z.number().int().min(0)])).max(64), key: z.string(), value: JsonValue })),
});
export type Carried = z.infer<typeof Carried>;

/** The document as the file holds it (every key known: files of this version are checked strictly). */
export const McredFile = z.strictObject({
  format: z.literal(FORMAT_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  settings: Settings,
  entities: map(Entity),
  links: map(Link),
  /** Node positions on the canvas, keyed by entity id; shared so co-editors see one layout. */
  layout: map(Position),
  people: map(Person),
  comments: map(Comment),
  endorsements: map(Endorsement),
  revisions: map(Revision),
  /** Reviews brought back from Word review copies: who imported which file, and what it held. */
  reviews: map(ReviewImport),
  /** Reviewers' proposed field changes, open until accepted or rejected. */
  proposals: map(Proposal),
  /** Status steps and decisions on credentials (the approval record). */
  approvals: map(Approval),
  saves: map(Save),
  meta: Meta,
});

/** The document in memory: the file's content, plus what a newer app wrote, carried through. */
export const McredDocument = McredFile.extend({ carried: Carried.optional() });
export type McredDocument = z.infer<typeof McredDocument>;

/** What a keyed part of a map is; see `DOCUMENT_PARTS`. */
export interface PartInfo {
  /**
   * `record`: records addressed by id, stamped field by field, merged record by record and
   * restored by undo (`COLLECTIONS`); `positions`: the layout, keyed by entity id, stamped as
   * the entity's `layout` field; `history`: the saves — their ids are taken, but they are not
   * content (undo and the readiness check ignore them).
   */
  readonly kind: 'record' | 'positions' | 'history';
  /** Read by the readiness check: an edit to one of its records re-checks what reads it. */
  readonly analysed: boolean;
  /** Never changed once made (a named revision, an imported review): equal stamps mean equal records. */
  readonly immutable?: boolean;
}

/** The keys of the file (`McredFile`) that hold records keyed by id; `carried` is not a part. */
export type KeyedPart = Exclude<keyof z.infer<typeof McredFile>, 'format' | 'schemaVersion' | 'id' | 'settings' | 'meta'>;

/**
 * Every keyed part of a map and what it is, in schema order: the one list of collections.
 * A new collection is its schema in `McredDocument` plus one line here (the type refuses a
 * missing line); everything else — fresh ids, undo, the analysis's read set, merge, the
 * hand-written-skeleton message — derives from it.
 */
export const DOCUMENT_PARTS = {
  entities: { kind: 'record', analysed: true },
  links: { kind: 'record', analysed: true },
  layout: { kind: 'positions', analysed: false },
  people: { kind: 'record', analysed: true },
  comments: { kind: 'record', analysed: false },
  endorsements: { kind: 'record', analysed: true },
  revisions: { kind: 'record', analysed: false, immutable: true },
  reviews: { kind: 'record', analysed: false, immutable: true },
  proposals: { kind: 'record', analysed: false },
  approvals: { kind: 'record', analysed: true },
  saves: { kind: 'history', analysed: false },
} as const satisfies Record<KeyedPart, PartInfo>;

/** Record collections addressed by id (the settings are the single record `map`). */
export type Collection = { [K in KeyedPart]: (typeof DOCUMENT_PARTS)[K]['kind'] extends 'record' ? K : never }[KeyedPart];
export const KEYED_PARTS = Object.keys(DOCUMENT_PARTS) as readonly KeyedPart[];
export const COLLECTIONS = KEYED_PARTS.filter((p) => DOCUMENT_PARTS[p].kind === 'record') as readonly Collection[];

/** What part `key` of a map is; undefined for `id`, `settings`, `meta` or anything else. */
export function partInfo(key: unknown): PartInfo | undefined {
  return typeof key === 'string' && Object.hasOwn(DOCUMENT_PARTS, key) ? DOCUMENT_PARTS[key as KeyedPart] : undefined;
}

/** Whether `id` names a record or a save of `doc` (deleted ids are in `meta.tombstones`, not here). */
export function holdsId(doc: Pick<McredDocument, KeyedPart>, id: string): boolean {
  for (const p of KEYED_PARTS) if (DOCUMENT_PARTS[p].kind !== 'positions' && Object.hasOwn(doc[p], id)) return true;
  return false;
}

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

/** Record collections addressed by id (the settings are the single record `map`). */
export const COLLECTIONS = ['entities', 'links', 'people', 'comments', 'endorsements', 'revisions', 'reviews', 'proposals', 'approvals'] as const;
export type Collection = (typeof COLLECTIONS)[number];

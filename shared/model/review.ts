import { z } from 'zod';
import { Id } from './ids';
import { IsoDateTime } from './records';
import { CredentialStatus } from './vocab';

/**
 * The review cycle's records: what came back from reviewers (a review import, its proposed
 * changes) and the decisions taken on a credential (approval records).
 */

export const ProposalStatus = z.enum(['open', 'accepted', 'rejected']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/**
 * A reviewer's change to one field, brought in from a Word review copy. `before` is the
 * field's text in the revision the copy was made from, `after` the reviewer's text, both
 * as the document shows them. Accepting it is an ordinary change attributed to `author`.
 */
export const Proposal = z.strictObject({
  id: Id,
  /** The review import it came from. */
  review: Id,
  /** The entity whose field it changes. */
  target: Id,
  field: z.string().min(1).max(100),
  before: z.string().max(100_000),
  after: z.string().max(100_000),
  /** The reviewer (a person of the map). */
  author: Id,
  /** When the reviewer made the change (Word's w:date), or when the copy was saved. */
  at: IsoDateTime,
  status: ProposalStatus,
  /** Who accepted or rejected it, and when. */
  decidedBy: Id.optional(),
  decidedAt: IsoDateTime.optional(),
});
export type Proposal = z.infer<typeof Proposal>;

export const UnplacedKind = z.enum(['comment', 'change', 'paragraph', 'anchor']);
export type UnplacedKind = z.infer<typeof UnplacedKind>;

/** Something a reviewer wrote that belongs to no field: kept with its review, never dropped. */
export const Unplaced = z.strictObject({
  kind: UnplacedKind,
  text: z.string().max(20_000),
  /** Where it was in the document, e.g. "Cover page" or "4 Alignment matrix, table 1". */
  where: z.string().max(500),
  author: z.string().max(200).optional(),
});
export type Unplaced = z.infer<typeof Unplaced>;

const Count = z.number().int().min(0).max(10_000_000);

/** One import of a returned review copy: who brought it in, from which file, what it held. */
export const ReviewImport = z.strictObject({
  id: Id,
  /** The file's name as the importer chose it (no folder). */
  file: z.string().trim().min(1).max(500),
  at: IsoDateTime,
  importedBy: Id,
  /** The named revision the review copy was exported from. */
  revision: Id.optional(),
  credential: Id.optional(),
  reviewers: z.array(Id).max(1_000),
  /** Hash of what the review proposes: importing the same review twice adds nothing. */
  fingerprint: z.string().regex(/^[0-9a-z]{1,64}$/),
  counts: z.strictObject({ changes: Count, comments: Count, unplaced: Count }),
  unplaced: z.array(Unplaced).max(10_000),
});
export type ReviewImport = z.infer<typeof ReviewImport>;

export const ApprovalDecision = z.enum(['approved', 'changes-requested']);
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

/**
 * One step of a credential's status (Draft → In review → Changes requested / Approved →
 * Published → Retired), with who recorded it, when, and for decisions the body, the decision,
 * conditions and the minute reference. Approving pins a named revision of the map.
 */
export const Approval = z.strictObject({
  id: Id,
  credential: Id,
  /** The status the step moves the credential to. */
  status: CredentialStatus,
  /** The previous status, as it was when the step was recorded. */
  from: CredentialStatus.optional(),
  at: IsoDateTime,
  /** Who recorded the step (a person of the map). */
  author: Id,
  /** The deciding body, e.g. "University Curriculum Committee". */
  body: z.string().trim().min(1).max(300).optional(),
  decision: ApprovalDecision.optional(),
  conditions: z.string().trim().min(1).max(5_000).optional(),
  /** The minute reference of the meeting, e.g. "UCC 2026/14, item 7". */
  minute: z.string().trim().min(1).max(200).optional(),
  /** The named revision pinned by an approval: what exactly was approved. */
  revision: Id.optional(),
});
export type Approval = z.infer<typeof Approval>;

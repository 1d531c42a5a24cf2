import type { CommandPayload } from '../commands';
import type { Id, UnplacedKind } from '../model';

/**
 * The contract of Import Review: `readReviewDocx` reads a returned review copy without the
 * map (pure, safe on hostile input); `planReview` turns the reading into one `review.import`
 * command against a map. The renderer runs both in a worker; the CLI runs them directly.
 */

export type ReviewErrorCode =
  /** Not a .docx (not a zip, or no word/document.xml). */
  | 'not-docx'
  /** A password-protected (encrypted) Office file. */
  | 'encrypted'
  /** A zip or XML part that cannot be read. */
  | 'corrupt'
  /** Bigger than the limits (file, a part, all parts unpacked, comments). */
  | 'too-large'
  /** XML with a DOCTYPE or entity declarations. */
  | 'unsafe-xml'
  /** A .docx not exported by this app as a review copy. */
  | 'not-review-copy'
  /** A review copy of another map. */
  | 'other-map';

export interface ReviewError {
  ok: false;
  code: ReviewErrorCode;
  /** A whole sentence for the user: what is wrong and what to do. */
  message: string;
}

/** A stretch of text inside a field: unchanged, or a tracked insertion or deletion. */
export interface TextPiece {
  text: string;
  op: 'same' | 'insert' | 'delete';
  /** Tracked changes: w:author and w:date as written (the date may be junk such as "0-00-00T00:00:00Z"). */
  author?: string;
  date?: string;
}

/** One anchored field as the reviewer left it. */
export interface ReadField {
  /** The bookmark name (see anchors.ts). */
  anchor: string;
  pieces: TextPiece[];
  /** The heading it sits under, e.g. "3 Learning outcomes". */
  where: string;
  /**
   * Untracked text right after the bookmark's end, up to the next anchor, line break or the
   * end of the paragraph. Word and LibreOffice put text typed after a field's last character
   * outside its bookmark; whether it belongs to the field depends on what the copy wrote
   * there (units after a number do not), which the plan knows.
   */
  tail?: string;
}

export interface ReadComment {
  /** w:id of the comment in comments.xml. */
  id: string;
  author: string;
  date?: string;
  text: string;
  /** The w:id of the comment this one replies to (commentsExtended paraIdParent). */
  parentId?: string;
  /** "Resolved"/"done" (commentsExtended w15:done="1"). */
  done: boolean;
  /** Anchors (bookmark names) the comment's range overlaps, in document order. */
  anchors: string[];
  /** The text the comment's range covers (for "not placed" items). */
  quoted: string;
  where: string;
}

/** Reviewer text outside every anchor: a tracked change, or a new paragraph. */
export interface ReadStray {
  kind: 'change' | 'paragraph';
  text: string;
  author?: string;
  date?: string;
  where: string;
}

export interface ReviewReading {
  properties: { kind?: string; mapId?: string; revisionId?: string; credentialId?: string };
  /** docProps/core.xml: who saved it last and when, for edits made without tracking. */
  lastModifiedBy?: string;
  modified?: string;
  fields: ReadField[];
  comments: ReadComment[];
  strays: ReadStray[];
  /** Anchor names found more than once, or copies of an anchor ("…_copy", LibreOffice's "… Copy 1"). */
  duplicateAnchors: string[];
}

export type ReadResult = { ok: true; reading: ReviewReading } | ReviewError;

export interface PlanOptions {
  now: Date;
  /** The person importing (already a person of the map). */
  importer: Id;
  /** The file's name, without its folder. */
  file: string;
}

/** What `mcred review --json` prints, and what the import dialog summarises. */
export interface ReviewListing {
  changes: { id: Id; entity: Id; field: string; before: string; after: string; author: string; date: string }[];
  comments: { id: Id; entity: Id; field?: string; author: string; date: string; text: string; replies: { id: Id; author: string; date: string; text: string }[]; resolved: boolean }[];
  unplaced: { kind: UnplacedKind; text: string; where: string }[];
}

export interface ReviewPlan {
  /** Ready for `applyCommand(doc, { name: 'review.import', payload })`. */
  payload: CommandPayload<'review.import'>;
  listing: ReviewListing;
  /** How many changes and comments are new to the map (0 and 0: the review was imported before). */
  fresh: { changes: number; comments: number };
  /** Reviewers' names. */
  reviewers: string[];
}

export type PlanResult = { ok: true; plan: ReviewPlan } | ReviewError;

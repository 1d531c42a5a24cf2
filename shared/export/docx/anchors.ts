import { BookmarkEnd, BookmarkStart, type ParagraphChild } from 'docx';
import type { Entity } from '../../model';
import { anchorName } from '../../review/anchors';
import { NOT_STATED, NOT_STATED_IN_LINE, reviewText } from '../../review/fields';
import { missing } from './blocks';
import type { DocxContext } from './context';
import { fieldRuns, SAME, type Presence, type RunLook } from './redline';

/**
 * The first w:id of our bookmarks. docx numbers its own bookmarks (the contents' `_Toc`
 * ones) from a counter per process, so the same map would give different ids in a second
 * export; ours count from here per document, far above any id docx hands out.
 */
export const FIRST_BOOKMARK_ID = 900_000;

/**
 * docx's Paragraph writes any XML component among its children as it is, but its
 * ParagraphChild type does not list the two bookmark markers (only the `Bookmark` pair,
 * which takes its id from the per-process counter).
 */
const asChild = (marker: BookmarkStart | BookmarkEnd): ParagraphChild => marker as unknown as ParagraphChild;

/**
 * The hidden anchors of one document: each reviewable field the document shows is wrapped
 * in a bookmark named after its record, field and occurrence (1 where the field first
 * appears, 2 the second time, …), so an edited copy can be read back field by field.
 * Sections are built in document order, so counting as they ask counts in reading order.
 */
export class AnchorPlan {
  private readonly seen = new Map<string, number>();
  private nextId = FIRST_BOOKMARK_ID;
  private readonly placed: string[] = [];

  /** Wraps `runs` in the next bookmark of `record`'s `field`. */
  wrap(record: string, field: string, runs: ParagraphChild[]): ParagraphChild[] {
    const key = `${record}#${field}`;
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    const name = anchorName(record, field, occurrence);
    const id = this.nextId++;
    this.placed.push(name);
    return [asChild(new BookmarkStart(name, id)), ...runs, asChild(new BookmarkEnd(id))];
  }

  /** The bookmark names written so far, in document order. */
  get names(): readonly string[] {
    return this.placed;
  }
}

/** How a reviewable field is shown. */
export interface ReviewFieldOptions {
  /**
   * The entity in the baseline revision: `null` when the baseline lacks it (so all of the
   * field shows as inserted), undefined when there is no baseline.
   */
  before?: Entity | null;
  /** The row's presence: a deleted row's field is shown (struck through) but not anchored. */
  presence?: Presence;
  look?: RunLook;
  /** The field follows a label inside a line ("Criteria: "): empty, it reads "not stated" in lower case. */
  inLine?: boolean;
  /**
   * Anchors the open comment threads on the field (default); `label` also takes the threads
   * on fields shown nowhere else (see `CommentPlan.anchor`); `false` leaves comments to the caller.
   */
  comments?: false | { label?: boolean; fields?: readonly string[] };
}

/**
 * The runs of one reviewable field: exactly `reviewText(entity, field)` inside the field's
 * anchor (line feeds as breaks), or "Not stated" when it is empty ("not stated" after a
 * label inside a line: `inLine`); with a baseline, the word
 * diff against the baseline's text, attributed as every tracked change is. Units and labels
 * belong outside: callers put them around what this returns.
 */
export function reviewFieldRuns(ctx: DocxContext, entity: Entity, field: string, options: ReviewFieldOptions = {}): ParagraphChild[] {
  const presence = options.presence ?? SAME;
  const text = reviewText(entity, field);
  const before = ctx.baseline ? (options.before ? reviewText(options.before, field) : '') : undefined;
  let runs = fieldRuns(ctx, { record: entity.id, field, text, before }, presence, options.look);
  if (presence.op === 'delete') return runs;
  // Empty now: the placeholder reads back as "still empty" (after a struck-out old value, if any).
  if (text === '') runs = [...runs, ...missing(ctx, options.inLine ? NOT_STATED_IN_LINE : NOT_STATED)];
  runs = ctx.anchors.wrap(entity.id, field, runs);
  if (options.comments === false) return runs;
  return ctx.comments.anchor(entity.id, options.comments?.fields ?? [field], runs, { label: options.comments?.label });
}

/** What `ReviewFieldOptions.before` takes for a row: its baseline version, `null` if new since the baseline, nothing without one. */
export function baselineOf<T>(ctx: DocxContext, was: T | undefined): T | null | undefined {
  return ctx.baseline ? (was ?? null) : undefined;
}

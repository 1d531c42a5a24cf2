import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { SETTINGS_RECORD, jsonEqual, stampAuthor, stampTime, type Content, type Stamp } from '../../model';
import { diffWords } from '../diff';
import { scopeOf } from '../scope';
import { cleanText, unbreakable, wordDateTime } from '../text';
import type { DocxContext } from './context';

/** Who made a change and when, as Word shows it in a tracked change. */
export interface Change {
  author: string;
  date: string;
}

/** How a row or paragraph compares with the baseline revision. */
export type Presence = { op: 'same' } | { op: 'insert'; change: Change } | { op: 'delete'; change: Change };

export const SAME: Presence = { op: 'same' };

/** Run formatting the builders use (a subset of Word's, so redline runs match plain runs). */
export type RunLook = Pick<IRunOptions, 'bold' | 'italics' | 'color' | 'size' | 'font' | 'superScript' | 'underline'>;

/** A value to show, and what it was in the baseline (for a tracked change). */
export interface FieldText {
  /** The record and field whose stamp names the author of a change. */
  record: string;
  field: string;
  /** Text now (for a deleted row: the text it had). */
  text: string;
  /** Text in the baseline; undefined when there is no baseline or the field did not exist. */
  before?: string;
}

function changeOfStamp(ctx: DocxContext, stamp: Stamp | undefined): Change {
  if (!stamp) return { author: 'Unknown author', date: wordDateTime(ctx.baseline?.revision.at ? new Date(ctx.baseline.revision.at) : ctx.now) };
  return { author: ctx.personName(stampAuthor(stamp)), date: wordDateTime(stampTime(stamp)) };
}

/** A record (entity, link or the settings) of a content, or one of its fields. */
function valueIn(content: Content, record: string, field?: string): unknown {
  const r: object | undefined = record === SETTINGS_RECORD ? content.settings : (content.entities[record] ?? content.links[record]);
  return field === undefined || r === undefined ? r : (r as Record<string, unknown>)[field];
}


/**
 * Exporting the content of a revision (`at`): a value still as it was then was last changed
 * by its stamp's author; one changed since has no stamp of that time left, so the change is
 * dated by the revision itself (who made it, when).
 */
function changedSinceAt(ctx: DocxContext, record: string, field?: string): boolean {
  if (!ctx.at) return false;
  return !jsonEqual(valueIn(ctx.at.live, record, field), valueIn(ctx.doc, record, field));
}

function atChange(ctx: DocxContext): Change {
  const r = ctx.at!.revision;
  return { author: ctx.personName(r.author), date: wordDateTime(new Date(r.at)) };
}

/** The last change of one field of a record, from `meta.stamps`. */
export function fieldChange(ctx: DocxContext, record: string, field: string): Change {
  if (changedSinceAt(ctx, record, field)) return atChange(ctx);
  const stamps = ctx.doc.meta.stamps[record];
  return changeOfStamp(ctx, stamps?.[field] ?? latest(stamps));
}

/** The latest change to any field of the records (for a record added as a whole). */
export function recordChange(ctx: DocxContext, ...records: string[]): Change {
  if (records.some((r) => changedSinceAt(ctx, r))) return atChange(ctx);
  let best: Stamp | undefined;
  for (const r of records) {
    const s = latest(ctx.doc.meta.stamps[r]);
    if (s && (!best || s > best)) best = s;
  }
  return changeOfStamp(ctx, best);
}

/** The deletion of the first of these records that has a tombstone (entity, then link). */
export function removalChange(ctx: DocxContext, ...records: string[]): Change {
  for (const r of records) {
    const t = ctx.doc.meta.tombstones[r];
    // At a revision, a tombstone dates the removal only if the record is still gone now.
    if (t && (!ctx.at || valueIn(ctx.at.live, r) === undefined)) return changeOfStamp(ctx, t);
  }
  if (ctx.at) return atChange(ctx);
  return recordChange(ctx, ...records);
}

function latest(stamps: Record<string, Stamp> | undefined): Stamp | undefined {
  let best: Stamp | undefined;
  for (const s of Object.values(stamps ?? {})) if (!best || s > best) best = s;
  return best;
}

/**
 * Compares membership of a record in the current and the baseline version. `inNow` and
 * `inBefore` say whether the row exists in each; `records` name the entity and the link
 * that make it a member, whose stamps or tombstones date the change.
 */
export function presenceOf(ctx: DocxContext, inNow: boolean, inBefore: boolean, ...records: string[]): Presence {
  if (!ctx.baseline || inNow === inBefore) return SAME;
  if (inNow) {
    const added = records.filter((r) => ctx.doc.meta.stamps[r]);
    return { op: 'insert', change: recordChange(ctx, ...(added.length ? added : records)) };
  }
  return { op: 'delete', change: removalChange(ctx, ...records) };
}

/** Plain runs for a text; line feeds become line breaks. */
export function plainRuns(text: string, look: RunLook = {}): ParagraphChild[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ ...look, text: line, break: i > 0 ? 1 : undefined }));
}

function trackedRuns(ctx: DocxContext, op: 'insert' | 'delete', text: string, change: Change, look: RunLook): ParagraphChild[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => {
      const options = { ...look, text: line, break: i > 0 ? 1 : undefined, id: ctx.nextChangeId(), author: change.author, date: change.date };
      return op === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
    });
}

export function insertedRuns(ctx: DocxContext, text: string, change: Change, look: RunLook = {}): ParagraphChild[] {
  return trackedRuns(ctx, 'insert', text, change, look);
}

export function deletedRuns(ctx: DocxContext, text: string, change: Change, look: RunLook = {}): ParagraphChild[] {
  return trackedRuns(ctx, 'delete', text, change, look);
}

/**
 * The runs for a field: plain without a baseline; all inserted or all deleted for a row
 * added or removed since the baseline; otherwise a word diff against the baseline text,
 * attributed to whoever last changed the field.
 */
export function fieldRuns(ctx: DocxContext, value: FieldText, presence: Presence = SAME, look: RunLook = {}): ParagraphChild[] {
  if (!ctx.baseline) return plainRuns(value.text, look);
  if (presence.op === 'insert') return value.text ? insertedRuns(ctx, value.text, presence.change, look) : [];
  if (presence.op === 'delete') return value.text ? deletedRuns(ctx, value.text, presence.change, look) : [];
  const before = cleanText(value.before ?? '');
  const after = cleanText(value.text);
  if (before === after) return plainRuns(after, look);
  const change = fieldChange(ctx, value.record, value.field);
  const relabelled = relabels(ctx);
  return diffWords(before, after).flatMap((part) => {
    if (part.op === 'equal') return plainRuns(part.text, look);
    // An outcome's label in a list of labels changed with the outcome's code, not with this field.
    const op = part.op;
    if (!relabelled.size) return trackedRuns(ctx, op, part.text, change, look);
    return splitLabels(part.text).flatMap((piece) => {
      const r = op === 'insert' ? relabelled.get(piece) : [...relabelled.values()].find((x) => x.before === piece);
      return trackedRuns(ctx, op, piece, r ? r.change : change, look);
    });
  });
}

/** An outcome label ("LO2a", or "LO2" for an outcome without a code) that differs from the baseline's. */
interface Relabel {
  before: string;
  after: string;
  change: Change;
}

/** Per export: the credential whose chapter is being built, and its changed outcome labels by label now. */
const focus = new WeakMap<DocxContext, { credentialId: string; relabels?: Map<string, Relabel> }>();

/**
 * Names the credential whose sections are built next (its outcome labels are the ones
 * `rowRuns` and `fieldRuns` recognise); undefined for the parts of a document outside a chapter.
 */
export function focusCredential(ctx: DocxContext, credentialId: string | undefined): void {
  if (credentialId === undefined) focus.delete(ctx);
  else if (focus.get(ctx)?.credentialId !== credentialId) focus.set(ctx, { credentialId });
}

/**
 * The outcome labels of the focused credential that changed since the baseline, each with
 * the change that made it: the stamp of the outcome's `code`, or for a label that is only
 * a number ("LO3") the latest change to the credential's outcome list. Labels two outcomes
 * share are left out (a text cannot tell which is meant).
 */
function relabels(ctx: DocxContext): Map<string, Relabel> {
  const f = focus.get(ctx);
  if (!f || !ctx.baseline) return new Map();
  if (f.relabels) return f.relabels;
  const out = new Map<string, Relabel>();
  const now = scopeOf(ctx.doc, f.credentialId);
  const was = scopeOf(ctx.baseline.content, f.credentialId);
  if (now && was) {
    const before = new Map(was.outcomes.map((o) => [o.outcome.id, o]));
    const counts = new Map<string, number>();
    for (const o of now.outcomes) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
    for (const o of now.outcomes) {
      const b = before.get(o.outcome.id);
      if (!b || b.label === o.label || counts.get(o.label) !== 1) continue;
      const change = (o.outcome.code ?? '') !== (b.outcome.code ?? '') ? fieldChange(ctx, o.outcome.id, 'code') : recordChange(ctx, ...now.outcomes.map((x) => x.partOf.id));
      out.set(o.label, { before: b.label, after: o.label, change });
    }
  }
  f.relabels = out;
  return out;
}

/**
 * A text cut into would-be labels and what separates them: spaces, commas, semicolons,
 * brackets, slashes and dashes of ranges ("LO1–LO7"). Joined, the pieces give the text back.
 */
function splitLabels(text: string): string[] {
  return text.split(/([\s,;:()[\]/\u2013\u2014]+)/).filter((t) => t !== '');
}

/** The stamp record of the map's settings. */
export const SETTINGS = SETTINGS_RECORD;

/** A row of a list compared across versions: the current item, or the baseline one if removed. */
export interface Compared<T> {
  item: T;
  before?: T;
  inNow: boolean;
  inBefore: boolean;
}

/**
 * Merges the current list with the baseline list: current items in their order, each
 * removed item placed after the item it followed in the baseline, so deletions show where
 * they were. Without a baseline every item is simply current.
 */
export function compareLists<T>(now: readonly T[], before: readonly T[] | undefined, key: (t: T) => string): Compared<T>[] {
  if (!before) return now.map((item) => ({ item, inNow: true, inBefore: false }));
  const beforeByKey = new Map(before.map((b) => [key(b), b]));
  const nowKeys = new Set(now.map(key));
  const removedAfter = new Map<string, T[]>();
  let anchor = '';
  for (const b of before) {
    const k = key(b);
    if (nowKeys.has(k)) anchor = k;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), b]);
  }
  const removed = (k: string) => (removedAfter.get(k) ?? []).map((item) => ({ item, before: item, inNow: false, inBefore: true }));
  const out: Compared<T>[] = [...removed('')];
  for (const item of now) {
    const k = key(item);
    const b = beforeByKey.get(k);
    out.push({ item, before: b, inNow: true, inBefore: b !== undefined });
    out.push(...removed(k));
  }
  return out;
}

/** Runs for secondary text of a row: tracked as inserted or deleted with the row, else plain. */
export function rowRuns(ctx: DocxContext, p: Presence, text: string, look: RunLook = {}): ParagraphChild[] {
  if (p.op === 'insert') return insertedRuns(ctx, text, p.change, look);
  if (p.op === 'delete') return deletedRuns(ctx, text, p.change, look);
  return labelRuns(ctx, text, look);
}

/**
 * Text of an unchanged row that may hold outcome labels ("LO2a", "LO1, LO2a"): a label
 * changed since the baseline is a tracked change (the old label deleted, the new one
 * inserted, by whoever changed it); the rest is plain.
 */
export function labelRuns(ctx: DocxContext, text: string, look: RunLook = {}): ParagraphChild[] {
  const relabelled = relabels(ctx);
  if (!relabelled.size) return plainRuns(text, look);
  const out: ParagraphChild[] = [];
  let plain = '';
  for (const piece of splitLabels(text)) {
    const r = relabelled.get(piece);
    if (!r) {
      plain += piece;
      continue;
    }
    if (plain) out.push(...plainRuns(plain, look));
    plain = '';
    if (r.before) out.push(...deletedRuns(ctx, r.before, r.change, look));
    out.push(...insertedRuns(ctx, r.after, r.change, look));
  }
  if (plain) out.push(...plainRuns(plain, look));
  return out;
}

/**
 * An outcome code on its own (a matrix column heading, a legend entry), kept unbroken: all
 * inserted or deleted when its outcome was added or removed since the baseline, the old
 * code deleted and the new inserted when it was renamed, plain otherwise.
 */
export function codeRuns(ctx: DocxContext, code: string, presence: Presence = SAME, look: RunLook = {}): ParagraphChild[] {
  const text = unbreakable(code);
  if (presence.op === 'insert') return insertedRuns(ctx, text, presence.change, look);
  if (presence.op === 'delete') return deletedRuns(ctx, text, presence.change, look);
  const r = relabels(ctx).get(code);
  if (!r) return plainRuns(text, look);
  return [...(r.before ? deletedRuns(ctx, unbreakable(r.before), r.change, look) : []), ...insertedRuns(ctx, unbreakable(r.after), r.change, look)];
}

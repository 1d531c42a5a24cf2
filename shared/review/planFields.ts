import { entityLabel, type Content, type Entity, type McredDocument, type Proposal, type Unplaced } from '../model';
import { hash53, type AnchorIndex, type AnchorRef } from './anchors';
import { isNotStated, parseReviewText, reviewCodec, reviewText } from './fields';
import { authorText, pieceText } from './read/pieces';
import type { ReadField, ReviewReading } from './reading';
import { cleanName, cleanText, reviewDate, type Reviewers } from './reviewers';

/**
 * Turns the anchored fields of a reading into proposed changes: per field and per author of
 * tracked changes, the field's text with that author's changes accepted and everyone
 * else's rejected; and one more for an edit made without tracking, by whoever saved the
 * document last. `before` is always the field's text in the revision the copy was made
 * from, so the same review planned twice gives the same proposals.
 */

export interface FieldContext {
  doc: McredDocument;
  reading: ReviewReading;
  index: AnchorIndex;
  /** The revision the copy was made from, or undefined when the map no longer has it. */
  revision: Content | undefined;
  reviewers: Reviewers;
  /** When the document was saved (core properties), if known. */
  savedAt: string | undefined;
  /** The import's time: the date of a change with no other (left out of ids, so they stay stable). */
  now: string;
  /**
   * When the copy was made (its revision's time). Tracked changes dated no later are the
   * copy's own — a redline shows the designers' changes since an earlier revision — and
   * read as the text the copy was made of, not as the reviewer's.
   */
  copiedAt?: string;
}

/** The copy's own tracked changes accepted: what the reviewer was given. */
export function withoutOwnChanges<T extends ReadField['pieces'][number]>(pieces: readonly T[], copiedAt: string | undefined): T[] {
  const cutoff = copiedAt === undefined ? NaN : Date.parse(copiedAt);
  if (!Number.isFinite(cutoff)) return [...pieces];
  const own = (p: T) => {
    const d = p.op === 'same' ? undefined : reviewDate(p.date);
    return d !== undefined && Date.parse(d) <= cutoff;
  };
  return pieces.flatMap((p) => (!own(p) ? [p] : p.op === 'insert' ? [{ ...p, op: 'same' as const, author: undefined, date: undefined }] : []));
}

/** Text as compared: whitespace collapsed, "Not stated" (or "not stated") meaning empty. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return isNotStated(t) ? '' : t;
  };
  return norm(a) === norm(b);
}

/** Text as stored in a proposal: line breaks normalised, ends trimmed, "Not stated" (either case) → "". */
function storedText(s: string): string {
  const t = s.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
  return isNotStated(t) ? '' : t;
}

/** The anchor a copy was made from ("_mcsXXXXXXXXXXX Copy 1" → "_mcsXXXXXXXXXXX"). */
export function resolveAnchor(index: AnchorIndex, name: string): AnchorRef | undefined {
  return index.resolve(name) ?? index.resolve(/^_mcs[0-9a-z]{11}/.exec(name)?.[0] ?? '');
}

const describe = (doc: McredDocument, ref: AnchorRef | undefined, revision: Content | undefined) => {
  const e = ref ? (doc.entities[ref.record] ?? revision?.entities[ref.record]) : undefined;
  return e && ref ? `“${entityLabel(e).slice(0, 80)}” (${ref.field})` : 'a field';
};

const hasChanges = (f: ReadField) => f.pieces.some((p) => p.op !== 'same');

export function planFields(ctx: FieldContext): { proposals: Proposal[]; unplaced: Unplaced[] } {
  const { doc, reading, index, revision } = ctx;
  const proposals = new Map<string, Proposal>();
  const unplaced: Unplaced[] = [];
  const duplicates = new Set(reading.duplicateAnchors);
  const reported = new Set<string>();

  for (const read of reading.fields) {
    const f: ReadField = { ...read, pieces: withoutOwnChanges(read.pieces, ctx.copiedAt) };
    const ref = resolveAnchor(index, f.anchor);
    const visible = cleanText(pieceText(f.pieces, 'visible'), 2_000);
    if (duplicates.has(f.anchor)) {
      if (reported.has(f.anchor)) continue;
      reported.add(f.anchor);
      const copies = reading.fields.filter((g) => g.anchor === f.anchor).map((g) => `“${cleanText(pieceText(g.pieces, 'visible'), 1_000)}”`);
      unplaced.push({ kind: 'anchor', text: cleanText(`The reviewer copied the text of ${describe(doc, ref, revision)}; its changes were not placed. The copies read: ${copies.join(' / ')}`, 20_000), where: f.where });
      continue;
    }
    if (!ref) {
      unplaced.push({ kind: 'anchor', text: cleanText(`A field this map does not have (bookmark ${f.anchor}) reads: “${visible}”`, 20_000), where: f.where });
      continue;
    }
    const current = doc.entities[ref.record];
    const then: Entity | undefined = revision?.entities[ref.record] ?? current;
    if (!current || !then || current.kind !== then.kind) {
      if (hasChanges(f)) unplaced.push({ kind: 'change', text: cleanText(`${describe(doc, ref, revision)} is no longer in this map; the reviewer's text: “${visible}”`, 20_000), where: f.where });
      continue;
    }
    const before = reviewText(then, ref.field);
    const add = (rawAuthor: string | undefined, after: string, date: string | undefined) => {
      const text = storedText(after);
      if (sameText(text, before)) return;
      const parsed = parseReviewText(current, ref.field, text);
      const was = parseReviewText(current, ref.field, before);
      if (parsed.ok && was.ok && JSON.stringify(parsed.value) === JSON.stringify(was.value)) return;
      const where = `${f.where}: ${describe(doc, ref, revision)}`.slice(0, 500);
      if (!parsed.ok) {
        unplaced.push({ kind: 'change', text: cleanText(`“${text}” cannot be used: ${parsed.message}.`, 20_000), where, author: cleanName(rawAuthor) });
        return;
      }
      if (text.length > 100_000) {
        unplaced.push({ kind: 'change', text: cleanText(text, 20_000), where, author: cleanName(rawAuthor) });
        return;
      }
      const author = ctx.reviewers.person(rawAuthor);
      // The name as the document spells it (not as the map does) and no stand-in date: stable ids.
      const id = `pr_${hash53(JSON.stringify([ref.record, ref.field, before, text, cleanName(rawAuthor).toLowerCase(), date ?? ''])).toString(36)}`;
      proposals.set(id, { id, review: '', target: ref.record, field: ref.field, before, after: text, author: author.id, at: date ?? ctx.now, status: 'open' });
    };

    // Tracked changes, one proposal per author (names compared as they will be stored).
    const authors = new Map<string, string | undefined>();
    for (const p of f.pieces) if (p.op !== 'same' && !authors.has(cleanName(p.author).toLowerCase())) authors.set(cleanName(p.author).toLowerCase(), p.author);
    const sameAuthor = (a: string | undefined, key: string) => cleanName(a).toLowerCase() === key;
    for (const [key, raw] of authors) {
      const dates = f.pieces.filter((p) => p.op !== 'same' && sameAuthor(p.author, key)).map((p) => reviewDate(p.date)).filter((d): d is string => d !== undefined);
      const latest = dates.sort().at(-1) ?? ctx.savedAt;
      add(raw, authorText(f.pieces, key, sameAuthor), latest);
    }
    // An edit made without tracking: what the reviewer started from is not what we wrote.
    // Text typed after a text field's last character lands just outside its bookmark; the
    // copy writes nothing after a text field's own text there (units and derived text
    // follow numbers and the "Not stated" placeholder only), so such a tail is the reviewer's.
    const codec = reviewCodec(current.kind, ref.field);
    const tail = f.tail && (codec === 'title' || codec === 'text') && !sameText(before, '') ? f.tail : '';
    const base = pieceText(f.pieces, 'base') + tail;
    if (!sameText(base, before)) add(reading.lastModifiedBy, base, ctx.savedAt);
  }
  return { proposals: [...proposals.values()], unplaced };
}

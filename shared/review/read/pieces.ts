import type { ReadStray, TextPiece } from '../reading';

/** A tracked-change state: unchanged, or inserted or deleted by someone at some time. */
export interface Change {
  op: TextPiece['op'];
  author?: string;
  date?: string;
}

export type TextToken = { t: 'text'; text: string } & Change;

const sameChange = (a: Change, b: Change) => a.op === b.op && a.author === b.author && a.date === b.date;

/** Appends a piece, merging it into the last one when both are the same kind of change. */
export function pushPiece(pieces: TextPiece[], token: { text: string } & Change): void {
  if (!token.text) return;
  const last = pieces.at(-1);
  if (last && sameChange(last, token)) {
    last.text += token.text;
    return;
  }
  const piece: TextPiece = { text: token.text, op: token.op };
  if (token.author !== undefined) piece.author = token.author;
  if (token.date !== undefined) piece.date = token.date;
  pieces.push(piece);
}

/**
 * The text of pieces as a reader would see it: `visible` (the document as shown, deleted
 * text hidden), `base` (every tracked change rejected: what the reviewer started from).
 */
export function pieceText(pieces: readonly ({ text: string } & Change)[], view: 'visible' | 'base'): string {
  return pieces
    .filter((p) => (view === 'visible' ? p.op !== 'delete' : p.op !== 'insert'))
    .map((p) => p.text)
    .join('');
}

/** The field's text with one author's tracked changes accepted and everyone else's rejected. */
export function authorText(pieces: readonly TextPiece[], author: string, same: (a: string | undefined, b: string) => boolean): string {
  return pieces
    .filter((p) => p.op === 'same' || (p.op === 'insert' ? same(p.author, author) : !same(p.author, author)))
    .map((p) => p.text)
    .join('');
}

const quote = (s: string) => `“${s.replace(/\s+/g, ' ').trim()}”`;

/**
 * What a paragraph holds outside every field: a new paragraph (its mark and all its text
 * inserted), or tracked changes, one stray per author.
 */
export function strayFromParagraph(outside: readonly TextToken[], mark: Change, anchored: boolean, where: string): ReadStray[] {
  const visible = pieceText(outside, 'visible').trim();
  if (!anchored && mark.op === 'insert' && visible && outside.every((t) => t.op === 'insert' || !t.text.trim())) {
    const first = outside.find((t) => t.op === 'insert');
    const author = mark.author ?? first?.author;
    const date = mark.date ?? first?.date;
    return [{ kind: 'paragraph', text: visible, ...(author ? { author } : {}), ...(date ? { date } : {}), where }];
  }
  const byAuthor = new Map<string, { parts: { verb: string; text: string }[]; author?: string; date?: string }>();
  let last: TextToken | undefined;
  for (const t of outside) {
    if (t.op === 'same') {
      last = undefined;
      continue;
    }
    const key = t.author ?? '';
    const entry = byAuthor.get(key) ?? { parts: [], ...(t.author ? { author: t.author } : {}) };
    if (t.date && (!entry.date || t.date > entry.date)) entry.date = t.date;
    byAuthor.set(key, entry);
    const prev = entry.parts.at(-1);
    if (prev && last && last.op === t.op && last.author === t.author) prev.text += t.text;
    else entry.parts.push({ verb: t.op === 'insert' ? 'inserted' : 'deleted', text: t.text });
    last = t;
  }
  const out: ReadStray[] = [];
  for (const e of byAuthor.values()) {
    const text = e.parts
      .filter((p) => p.text.trim())
      .map((p) => `${p.verb} ${quote(p.text)}`)
      .join('; ');
    if (!text) continue;
    out.push({ kind: 'change', text: `${text[0]!.toUpperCase()}${text.slice(1)}`, ...(e.author ? { author: e.author } : {}), ...(e.date ? { date: e.date } : {}), where });
  }
  return out;
}

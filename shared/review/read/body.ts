import { isAnchorName } from '../anchors';
import type { ReadField, ReadStray, TextPiece } from '../reading';
import { pieceText, pushPiece, strayFromParagraph, type Change, type TextToken } from './pieces';
import type { XmlHandlers, XmlTag } from './xml';

/**
 * Walks word/document.xml (and the headers and footers) as a stream, paragraph by
 * paragraph: text with its tracked-change state, our bookmarks (the anchored fields),
 * comment ranges, and what the reviewer wrote outside every field. A paragraph's tokens
 * are buffered until it ends, so a heading's text is known before its contents are placed
 * and an insertion just after a field's end (where LibreOffice puts text typed at the very
 * end of a bookmark) can be given back to the field.
 */

type Token =
  | TextToken
  | { t: 'bmStart'; id: string; name: string }
  | { t: 'bmEnd' | 'cmStart' | 'cmEnd' | 'cmRef'; id: string };

interface Para {
  tokens: Token[];
  heading: boolean;
  mark: Change;
  /** Whether an anchor was open at any point of the paragraph. */
  anchored: boolean;
  /** Text outside every anchor, for strays. */
  outside: TextToken[];
}

export interface CommentRange {
  /** Anchors whose text the range covers, in the order met. */
  anchors: string[];
  /** Anchors open somewhere in the range (for a comment on a point rather than on text). */
  candidates: string[];
  quoted: string;
  where: string;
}

/** Elements whose content is never text of the document (or, for mc:Fallback, a copy of it). */
const SKIP = new Set(['w:pPrChange', 'w:rPrChange', 'w:sectPr', 'w:sdtPr', 'w:instrText', 'w:delInstrText', 'mc:Fallback', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange']);
const WRAPPERS: Readonly<Record<string, TextPiece['op']>> = { 'w:ins': 'insert', 'w:moveTo': 'insert', 'w:del': 'delete', 'w:moveFrom': 'delete' };
const HEADING_STYLE = /^(heading|berschrift|titre)\s*[1-9]$/i;
const QUOTE_CAP = 2_000;

export class BodyReader implements XmlHandlers {
  readonly fields: ReadField[] = [];
  readonly strays: ReadStray[] = [];
  readonly ranges = new Map<string, CommentRange>();
  readonly duplicates: string[] = [];
  private readonly nameCount = new Map<string, number>();

  private where = 'Cover page';
  private fixedWhere: string | undefined;
  private names: string[] = [];
  private wrappers: (Change | undefined)[] = [];
  private skip = 0;
  private inText = false;
  private paras: Para[] = [];
  private readonly anchors = new Map<string, ReadField>();
  private readonly comments = new Map<string, CommentRange>();

  /** Starts a header or footer part: everything in it is "Header/footer". */
  startPart(where: string | undefined): void {
    this.fixedWhere = where;
    this.names = [];
    this.wrappers = [];
    this.skip = 0;
    this.paras = [];
  }

  private get place(): string {
    return this.fixedWhere ?? this.where;
  }

  open(tag: XmlTag): void {
    if (this.skip > 0 || SKIP.has(tag.name)) {
      this.skip++;
      return;
    }
    const parent = this.names.at(-1);
    const para = this.paras.at(-1);
    const op = WRAPPERS[tag.name];
    let wrapper: Change | undefined;
    if (op) {
      const change: Change = { op, author: tag.attrs['w:author'], date: tag.attrs['w:date'] };
      // Inside properties it marks the paragraph mark (w:pPr/w:rPr) or a table row, not text.
      if (parent === 'w:rPr' && this.names.at(-2) === 'w:pPr' && para) para.mark = change;
      else if (!parent?.endsWith('Pr')) wrapper = change;
    }
    this.wrappers.push(wrapper);
    this.names.push(tag.name);
    const a = tag.attrs;
    switch (tag.name) {
      case 'w:p':
        if (para) this.flush(para);
        this.paras.push({ tokens: [], heading: false, mark: { op: 'same' }, anchored: false, outside: [] });
        break;
      case 'w:pStyle':
        if (parent === 'w:pPr' && para && HEADING_STYLE.test(a['w:val'] ?? '')) para.heading = true;
        break;
      case 'w:outlineLvl':
        if (parent === 'w:pPr' && para && Number(a['w:val']) < 9) para.heading = true;
        break;
      case 'w:t':
      case 'w:delText':
        this.inText = true;
        break;
      case 'w:tab':
        if (parent === 'w:r') this.text('\t', true);
        break;
      case 'w:br':
      case 'w:cr':
        if (a['w:type'] !== 'page' && a['w:type'] !== 'column') this.text('\n', true);
        break;
      case 'w:noBreakHyphen':
        this.text('-', true);
        break;
      case 'w:bookmarkStart':
        if (a['w:name'] && isAnchorName(a['w:name'])) this.emit({ t: 'bmStart', id: a['w:id'] ?? '', name: a['w:name'] });
        break;
      case 'w:bookmarkEnd':
        this.emit({ t: 'bmEnd', id: a['w:id'] ?? '' });
        break;
      case 'w:commentRangeStart':
        this.emit({ t: 'cmStart', id: a['w:id'] ?? '' });
        break;
      case 'w:commentRangeEnd':
        this.emit({ t: 'cmEnd', id: a['w:id'] ?? '' });
        break;
      case 'w:commentReference':
        this.emit({ t: 'cmRef', id: a['w:id'] ?? '' });
        break;
    }
  }

  close(tag: XmlTag): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.names.pop();
    this.wrappers.pop();
    if (tag.name === 'w:t' || tag.name === 'w:delText') this.inText = false;
    if (tag.name === 'w:p') {
      const para = this.paras.pop();
      if (para) this.endParagraph(para);
    }
  }

  text(text: string, markup = false): void {
    if ((!this.inText && !markup) || this.skip > 0 || !text) return;
    const change = this.wrappers.find((w) => w?.op === 'insert') ?? this.wrappers.findLast((w) => w?.op === 'delete');
    const deleted = this.names.at(-1) === 'w:delText';
    const c: Change = change ?? (deleted ? { op: 'delete' } : { op: 'same' });
    this.emit({ t: 'text', text, op: c.op, ...(c.author ? { author: c.author } : {}), ...(c.date ? { date: c.date } : {}) });
  }

  private emit(token: Token): void {
    const para = this.paras.at(-1);
    if (para) para.tokens.push(token);
    else this.place1(token, undefined);
  }

  /** Places the tokens buffered so far (a paragraph nested in a text box is about to start). */
  private flush(para: Para): void {
    this.placeAll(para.tokens, para);
    para.tokens = [];
  }

  private endParagraph(para: Para): void {
    if (para.heading && this.fixedWhere === undefined) {
      const title = pieceText(para.tokens.filter((t): t is TextToken => t.t === 'text'), 'visible').replace(/\s+/g, ' ').trim();
      if (title) this.where = title.slice(0, 300);
    }
    this.placeAll(para.tokens, para);
    for (const field of this.anchors.values()) pushPiece(field.pieces, { text: '\n', ...para.mark });
    for (const c of this.comments.values()) if (para.mark.op !== 'delete') c.quoted = (c.quoted + '\n').slice(0, QUOTE_CAP);
    const stray = strayFromParagraph(para.outside, para.mark, para.anchored, this.place);
    this.strays.push(...stray);
  }

  private placeAll(tokens: readonly Token[], para: Para): void {
    const deferred = new Map<number, string[]>();
    tokens.forEach((token, i) => {
      for (const id of deferred.get(i) ?? []) this.anchors.delete(id);
      if (token.t === 'bmEnd' && this.anchors.has(token.id)) {
        const stop = trailingInsertEnd(tokens, i);
        if (stop !== undefined) {
          deferred.set(stop, [...(deferred.get(stop) ?? []), token.id]);
          return;
        }
        const tail = untrackedTail(tokens, i);
        if (tail) this.anchors.get(token.id)!.tail = tail;
      }
      this.place1(token, para);
    });
    for (const ids of deferred.values()) for (const id of ids) this.anchors.delete(id);
  }

  private place1(token: Token, para: Para | undefined): void {
    if (para && this.anchors.size > 0) para.anchored = true;
    switch (token.t) {
      case 'text': {
        for (const field of this.anchors.values()) pushPiece(field.pieces, token);
        if (this.anchors.size === 0) para?.outside.push(token);
        for (const c of this.comments.values()) {
          for (const f of this.anchors.values()) if (!c.anchors.includes(f.anchor)) c.anchors.push(f.anchor);
          if (token.op !== 'delete') c.quoted = (c.quoted + token.text).slice(0, QUOTE_CAP);
        }
        return;
      }
      case 'bmStart': {
        const n = (this.nameCount.get(token.name) ?? 0) + 1;
        this.nameCount.set(token.name, n);
        const copy = !/^_mcs[0-9a-z]{11}(?:_\d{1,4})?$/.test(token.name);
        if ((n === 2 || copy) && !this.duplicates.includes(token.name)) this.duplicates.push(token.name);
        const field: ReadField = { anchor: token.name, pieces: [], where: this.place };
        this.fields.push(field);
        this.anchors.set(token.id, field);
        if (para) para.anchored = true;
        for (const c of this.comments.values()) if (!c.candidates.includes(token.name)) c.candidates.push(token.name);
        return;
      }
      case 'bmEnd':
        this.anchors.delete(token.id);
        return;
      case 'cmStart': {
        const range: CommentRange = { anchors: [], candidates: [...this.anchors.values()].map((f) => f.anchor), quoted: '', where: this.place };
        this.ranges.set(token.id, range);
        this.comments.set(token.id, range);
        return;
      }
      case 'cmEnd':
        this.comments.delete(token.id);
        return;
      case 'cmRef':
        // A comment on a point (no range): it is about the field it sits in, if any.
        if (!this.ranges.has(token.id)) this.ranges.set(token.id, { anchors: [], candidates: [...this.anchors.values()].map((f) => f.anchor), quoted: '', where: this.place });
        return;
    }
  }

  /** Ends the part: bookmarks and comment ranges left open end with it. */
  finish(): void {
    this.anchors.clear();
    this.comments.clear();
    for (const f of this.fields) {
      while (f.pieces.length && f.pieces.at(-1)!.op === 'same' && f.pieces.at(-1)!.text.endsWith('\n')) {
        const last = f.pieces.at(-1)!;
        last.text = last.text.replace(/\n+$/, '');
        if (!last.text) f.pieces.pop();
        else break;
      }
    }
  }
}

/** Untracked text after a field's bookmarkEnd, up to the next anchor, line break or paragraph end. */
function untrackedTail(tokens: readonly Token[], end: number): string {
  let out = '';
  for (let j = end + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.t === 'bmStart') break;
    if (t.t !== 'text' || t.op === 'delete') continue;
    const cut = t.text.indexOf('\n');
    out += cut >= 0 ? t.text.slice(0, cut) : t.text;
    if (cut >= 0) break;
  }
  return out.slice(0, 20_000);
}

/**
 * LibreOffice puts text typed after a field's last character just after its bookmarkEnd.
 * Such text belongs to the field when nothing but tracked insertions follow it in the
 * paragraph (up to the next field): returns where the field then really ends.
 */
function trailingInsertEnd(tokens: readonly Token[], end: number): number | undefined {
  let inserted = false;
  for (let j = end + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.t === 'bmStart') return inserted ? j : undefined;
    if (t.t !== 'text') continue;
    if (t.op !== 'insert') return undefined;
    inserted = true;
  }
  return inserted ? tokens.length : undefined;
}

import { detectSeparator } from '../import/csv';
import { CsvStream, MAX_RECORD_CHARS } from './csvStream';
import { guessPostingMapping, isProblem, mappingProblem, toPosting } from './columns';
import type { Posting, PostingField, PostingMapping, PostingsFormat, RowProblem } from './types';

export interface PostingsReaderOptions {
  /** Default: JSON lines when the first character is "{", else CSV/TSV. */
  format?: PostingsFormat;
  /** Default: guessed from the header (or the first object's keys). */
  mapping?: PostingMapping;
}

/**
 * Reads job postings from text fed in chunks: a CSV/TSV table with a header row (separator
 * detected from it) or JSON lines (one object per line; the keys of the first object are the
 * "columns"). Each posting or problem goes to a callback as soon as its row is complete, so
 * nothing but the current row is held. A fatal problem (no text column) stops the reading
 * and is kept in `error`.
 */
export class PostingsReader {
  format: PostingsFormat | undefined;
  header: string[] = [];
  mapping: PostingMapping = {};
  error: string | undefined;
  /** The first data rows as cells, for the mapping preview. */
  readonly preview: string[][] = [];
  private head = '';
  private csv: CsvStream | undefined;
  private index: Partial<Record<PostingField, number>> = {};
  private jsonLine = '';
  private jsonLineNo = 0;
  private jsonOversized = false;
  private started = false;

  constructor(
    private readonly options: PostingsReaderOptions,
    private readonly onPosting: (p: Posting) => void,
    private readonly onProblem: (p: RowProblem) => void,
  ) {}

  push(text: string): void {
    if (this.error) return;
    if (!this.started) {
      // Wait for a whole first line (outside quotes) to detect the format and separator.
      this.head += text;
      const body = this.head.replace(/^\uFEFF/, '');
      const firstBreak = firstLineEnd(body);
      if (firstBreak < 0 && this.head.length < MAX_RECORD_CHARS) return;
      this.begin(body);
      return;
    }
    if (this.format === 'jsonl') this.pushJson(text);
    else this.csv!.push(text);
  }

  end(): void {
    if (this.error) return;
    if (!this.started) {
      const body = this.head.replace(/^\uFEFF/, '');
      if (!body.trim()) {
        this.error = 'the file is empty';
        return;
      }
      this.begin(body);
      if (this.error) return;
    }
    if (this.format === 'jsonl') this.flushJsonLine();
    else this.csv!.end();
    if (!this.error && this.format === 'csv' && !this.header.length) this.error = 'the file has no header row';
  }

  private begin(body: string): void {
    this.started = true;
    this.head = '';
    this.format = this.options.format ?? (body.trimStart().startsWith('{') ? 'jsonl' : 'csv');
    if (this.format === 'jsonl') {
      this.pushJson(body);
      return;
    }
    this.csv = new CsvStream({ separator: detectSeparator(body) }, (r) => this.csvRecord(r.cells, r.line), this.onProblem);
    this.csv.push(body);
  }

  private csvRecord(cells: string[], line: number): void {
    if (this.error) return;
    if (!this.header.length) {
      this.header = cells.map((c) => c.trim());
      this.setMapping(this.header);
      return;
    }
    if (cells.length !== this.header.length) {
      this.onProblem({ line, message: `has ${cells.length} column${cells.length === 1 ? '' : 's'}, the header has ${this.header.length}` });
      return;
    }
    if (this.preview.length < 5) this.preview.push(cells);
    this.emit(toPosting(line, (f) => (this.index[f] === undefined ? undefined : cells[this.index[f]]), this.mapping));
  }

  private setMapping(header: string[]): void {
    this.mapping = this.options.mapping ?? guessPostingMapping(header);
    this.error = mappingProblem(this.mapping, header);
    for (const [field, column] of Object.entries(this.mapping)) {
      const i = header.indexOf(column);
      if (i >= 0) this.index[field as PostingField] = i;
    }
  }

  private emit(p: Posting | RowProblem): void {
    if (isProblem(p)) this.onProblem(p);
    else this.onPosting(p);
  }

  private pushJson(text: string): void {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const piece = text.slice(from, nl < 0 ? text.length : nl);
      if (this.jsonLine.length + piece.length > MAX_RECORD_CHARS) this.jsonOversized = true;
      else this.jsonLine += piece;
      if (nl < 0) return;
      this.flushJsonLine();
      from = nl + 1;
    }
  }

  private flushJsonLine(): void {
    this.jsonLineNo++;
    const line = this.jsonLineNo;
    const raw = this.jsonLine.replace(/^\uFEFF/, '').trim();
    const oversized = this.jsonOversized;
    this.jsonLine = '';
    this.jsonOversized = false;
    if (this.error) return;
    if (oversized) return this.onProblem({ line, message: `the line is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters; it was skipped` });
    if (!raw) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return this.onProblem({ line, message: `is not valid JSON (${e instanceof Error ? e.message.slice(0, 120) : 'syntax error'})` });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.onProblem({ line, message: 'is not a JSON object' });
    const record = value as Record<string, unknown>;
    if (!this.header.length) {
      this.header = Object.keys(record).slice(0, 200);
      this.setMapping(this.header);
      if (this.error) return;
    }
    if (this.preview.length < 5) this.preview.push(this.header.map((k) => jsonText(record, k) ?? ''));
    this.emit(toPosting(line, (f) => (this.mapping[f] ? jsonText(record, this.mapping[f]) : undefined), this.mapping));
  }
}

/** A key's value as text: strings and numbers as they are, an object's `name` (schema.org's hiringOrganization). */
function jsonText(record: Record<string, unknown>, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const v = record[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, 'name')) {
    const name = (v as Record<string, unknown>).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** Index of the first line end outside quotes, or -1. */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) return i;
  }
  return -1;
}

/** Reads a whole text at once (tests, small files): the postings, the problems and the reader's header and mapping. */
export function readPostings(text: string, options: PostingsReaderOptions = {}): { postings: Posting[]; problems: RowProblem[]; reader: PostingsReader } {
  const postings: Posting[] = [];
  const problems: RowProblem[] = [];
  const reader = new PostingsReader(options, (p) => postings.push(p), (p) => problems.push(p));
  reader.push(text);
  reader.end();
  problems.sort((a, b) => a.line - b.line);
  return { postings, problems, reader };
}

import type { CsvRecord, RowProblem } from '../import/csv';

/**
 * The RFC 4180 rules of `shared/import/csv.ts` (quoted separators, newlines and doubled
 * quotes; CRLF, LF or CR line ends; lenient text after a closing quote) as a state machine
 * fed text in chunks of any size, so a 200 MB postings export is read with bounded memory.
 * A chunk may end anywhere: inside a quoted field, between a quote and its double, between
 * CR and LF. Every record carries the physical line it starts on.
 *
 * Hostile input is bounded: a record longer than `maxRecordChars` (a never-closed quote
 * swallows the rest of the file) or with more than `maxCells` cells is dropped and reported.
 */
export interface CsvStreamOptions {
  separator: string;
  maxRecordChars?: number;
  maxCells?: number;
}

export const MAX_RECORD_CHARS = 1_000_000;
const MAX_CELLS = 1_000;

const enum State {
  /** At the start of a cell. */
  CellStart,
  /** In an unquoted cell. */
  Plain,
  /** Inside quotes. */
  Quoted,
  /** Just read a quote inside quotes: a doubled quote or the closing one. */
  QuoteInQuoted,
  /** After the closing quote: lenient text up to the separator. */
  AfterQuote,
}

export class CsvStream {
  private readonly sep: string;
  private readonly maxChars: number;
  private readonly maxCells: number;
  private state = State.CellStart;
  private cell = '';
  private cells: string[] = [];
  private chars = 0;
  private oversized = false;
  private line = 1;
  private startLine = 1;
  /** A CR ended the last chunk: an LF at the start of the next one belongs to it. */
  private pendingCr = false;

  constructor(
    options: CsvStreamOptions,
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly onProblem: (problem: RowProblem) => void,
  ) {
    this.sep = options.separator;
    this.maxChars = options.maxRecordChars ?? MAX_RECORD_CHARS;
    this.maxCells = options.maxCells ?? MAX_CELLS;
  }

  /** Feeds the next piece of text. */
  push(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (n > 0 && text.charCodeAt(0) === 10) i = 1;
    }
    while (i < n) {
      const ch = text[i]!;
      switch (this.state) {
        case State.CellStart:
          if (ch === '"') {
            this.state = State.Quoted;
            i++;
            continue;
          }
          this.state = State.Plain;
          continue;
        case State.Plain:
        case State.AfterQuote: {
          // Copy a run of ordinary characters at once.
          let k = i;
          while (k < n) {
            const c = text[k]!;
            if (c === this.sep || c === '\n' || c === '\r') break;
            k++;
          }
          if (k > i) this.append(text.slice(i, k));
          i = k;
          if (i >= n) break;
          i = this.boundary(text, i);
          continue;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          const end = q < 0 ? n : q;
          if (end > i) {
            this.countLines(text, i, end);
            this.append(text.slice(i, end));
          }
          if (q < 0) {
            i = n;
            break;
          }
          this.state = State.QuoteInQuoted;
          this.lastWasCr = false;
          i = q + 1;
          continue;
        }
        case State.QuoteInQuoted:
          if (ch === '"') {
            this.append('"');
            this.state = State.Quoted;
            i++;
          } else this.state = State.AfterQuote;
          continue;
      }
    }
  }

  /** No more text: flushes the last record and reports a quote never closed. */
  end(): void {
    if (this.state === State.Quoted) this.onProblem({ line: this.startLine, message: 'a quoted field is never closed (missing ")' });
    if (this.state !== State.CellStart || this.cells.length > 0) this.finishRecord();
  }

  /** The physical line the reader has reached. */
  get currentLine(): number {
    return this.line;
  }

  private append(s: string): void {
    this.chars += s.length;
    if (this.chars > this.maxChars) {
      this.oversized = true;
      return;
    }
    this.cell += s;
  }

  /** A separator or line end at `i` outside quotes; returns the next index. */
  private boundary(text: string, i: number): number {
    const c = text[i]!;
    if (c === this.sep) {
      this.pushCell();
      this.state = State.CellStart;
      return i + 1;
    }
    this.finishRecord();
    this.line++;
    if (c === '\r') {
      if (i + 1 >= text.length) {
        this.pendingCr = true;
        return i + 1;
      }
      if (text.charCodeAt(i + 1) === 10) return i + 2;
    }
    return i + 1;
  }

  private pushCell(): void {
    if (this.cells.length < this.maxCells) this.cells.push(this.cell);
    else this.oversized = true;
    this.cell = '';
  }

  private finishRecord(): void {
    this.pushCell();
    const cells = this.cells;
    const line = this.startLine;
    const oversized = this.oversized;
    this.cells = [];
    this.chars = 0;
    this.oversized = false;
    this.state = State.CellStart;
    this.startLine = this.line + 1;
    if (oversized) {
      this.onProblem({ line, message: `the row is longer than ${this.maxChars.toLocaleString('en')} characters or ${this.maxCells} columns; it was skipped` });
      return;
    }
    if (cells.length === 1 && cells[0] === '') return;
    this.onRecord({ cells, line });
  }

  private countLines(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) {
        if (!(k > from && text.charCodeAt(k - 1) === 13) && !(k === from && this.lastWasCr)) this.line++;
      } else if (c === 13) this.line++;
    }
    this.lastWasCr = to > from && text.charCodeAt(to - 1) === 13;
  }

  private lastWasCr = false;
}

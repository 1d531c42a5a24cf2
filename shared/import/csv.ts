/**
 * An RFC 4180 tokenizer for CSV and TSV: quoted fields with embedded separators, newlines and
 * doubled quotes; CRLF, LF or CR line ends. Every record carries the physical line it starts
 * on, because that is what a user finds in a text editor or Excel when told "line 812".
 * Lenient where files in the wild are sloppy (a quote inside an unquoted field is kept as
 * text), strict where data would be lost (an unterminated quote is reported).
 */
export interface CsvRecord {
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface CsvTable {
  separator: string;
  header: string[];
  /** The data records, header excluded, blank lines skipped; ragged ones are left out. */
  records: CsvRecord[];
  /** Ragged rows and unterminated quotes, with line numbers. */
  problems: RowProblem[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Picks the separator that occurs most in the header line (tab, then comma, then semicolon on ties). */
export function detectSeparator(text: string): string {
  let end = text.length;
  for (let i = 0, quoted = false; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) {
      end = i;
      break;
    }
  }
  const head = text.slice(0, end);
  const count = (s: string) => head.split(s).length - 1;
  const candidates: [string, number][] = [
    ['\t', count('\t')],
    [',', count(',')],
    [';', count(';')],
  ];
  let best = candidates[0]!;
  for (const c of candidates) if (c[1] > best[1]) best = c;
  return best[1] > 0 ? best[0] : ',';
}

/** Splits text into records (header included). `onProgress` gets the fraction read, now and then. */
export function tokenize(text: string, separator: string, onProgress?: (fraction: number) => void): { records: CsvRecord[]; problems: RowProblem[] } {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  const problems: RowProblem[] = [];
  let line = 1;
  let i = 0;
  let nextReport = 1 << 20;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field: runs to the quote not followed by another quote.
        let out = '';
        let from = i + 1;
        let j = from;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            problems.push({ line: startLine, message: 'a quoted field is never closed (missing ")' });
            out += text.slice(from);
            line += countLines(text, i, n);
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            out += text.slice(from, q + 1);
            from = j = q + 2;
            continue;
          }
          out += text.slice(from, q);
          line += countLines(text, i, q);
          i = q + 1;
          break;
        }
        // Text between the closing quote and the separator is kept (lenient).
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k++;
        }
        cell = k > i ? out + text.slice(i, k) : out;
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k++;
        }
        cell = text.slice(i, k);
        i = k;
      }
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      break;
    }
    // End of record: consume one line end (CRLF, LF or CR).
    if (i < n) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i++;
      line++;
    }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ cells, line: startLine });
    if (onProgress && i >= nextReport) {
      onProgress(i / n);
      nextReport = i + (1 << 20);
    }
  }
  return { records, problems };
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) lines++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) lines++;
  }
  return lines;
}

/** Tokenizes with a header row; records whose cell count differs from the header's are reported, not kept. */
export function readTable(text: string, options: { separator?: string; onProgress?: (fraction: number) => void } = {}): CsvTable {
  const separator = options.separator ?? detectSeparator(text);
  const { records, problems } = tokenize(text, separator, options.onProgress);
  const [head, ...rest] = records;
  const header = (head?.cells ?? []).map((h) => h.trim());
  const kept: CsvRecord[] = [];
  for (const r of rest) {
    if (r.cells.length === header.length) kept.push(r);
    else problems.push({ line: r.line, message: `has ${r.cells.length} column${r.cells.length === 1 ? '' : 's'}, the header has ${header.length}` });
  }
  problems.sort((a, b) => a.line - b.line);
  return { separator, header, records: kept, problems };
}

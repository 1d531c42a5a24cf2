import { cleanBlock, cleanText, normaliseLabel } from '../import/normalise';
import { POSTING_FIELDS, type Posting, type PostingField, type PostingMapping, type RowProblem } from './types';

/**
 * Column names job boards and labour-market tools use (Lightcast, Indeed, LinkedIn,
 * schema.org JobPosting, USAJOBS), normalised as `normaliseLabel` does.
 */
const HINTS: Readonly<Record<PostingField, readonly string[]>> = {
  title: ['title', 'job title', 'jobtitle', 'position', 'position title', 'role', 'job', 'occupation title', 'posting title'],
  employer: ['employer', 'company', 'company name', 'companyname', 'organisation', 'organization', 'hiringorganization', 'hiring organization', 'employer name', 'advertiser'],
  date: ['date', 'date posted', 'dateposted', 'posted', 'posted date', 'posting date', 'created', 'published', 'first seen', 'start date'],
  text: ['text', 'description', 'job description', 'body', 'posting text', 'content', 'details', 'requirements', 'summary', 'full text'],
};

/** Guesses which column (or JSON key) feeds which field; each column used once. */
export function guessPostingMapping(header: readonly string[]): PostingMapping {
  const mapping: PostingMapping = {};
  const used = new Set<number>();
  const keys = header.map(normaliseLabel);
  for (const field of POSTING_FIELDS) {
    for (const hint of HINTS[field]) {
      const i = keys.findIndex((k, idx) => !used.has(idx) && k === hint);
      if (i >= 0) {
        mapping[field] = header[i]!;
        used.add(i);
        break;
      }
    }
  }
  return mapping;
}

/** Why a mapping cannot be used with this header, or undefined. */
export function mappingProblem(mapping: PostingMapping, header: readonly string[]): string | undefined {
  for (const field of POSTING_FIELDS) {
    const column = mapping[field];
    if (column && !header.includes(column)) return `the column "${column}" (mapped to ${field}) is not in the file; its columns are ${header.join(', ')}`;
  }
  if (!mapping.text) return 'choose the column that holds the posting text (--map text=COLUMN)';
  return undefined;
}

/** A cell a spreadsheet would run as a formula (=, +, @, or - not starting a number). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+@\t\r]/.test(value) || /^-[^\d\s.]/.test(value);
}

/**
 * An ISO date from the common ways exports write one: 2025-03-14, 2025-03-14T09:00:00Z,
 * 2025/03/14. Day-first and month-first dates are ambiguous and not guessed.
 */
export function readDate(value: string): string | undefined {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(value.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * One posting from its mapped values, or the problem that skips it: no text, a title or
 * employer that is a spreadsheet formula (hostile), a date that is not a date.
 */
export function toPosting(line: number, get: (field: PostingField) => string | undefined, mapping: PostingMapping): Posting | RowProblem {
  const text = cleanBlock(get('text'));
  if (!text) return { line, message: `${mapping.text ?? 'text'} is empty` };
  const title = cleanText(get('title'));
  const employer = cleanText(get('employer'));
  for (const [field, value] of [['title', title], ['employer', employer]] as const) {
    if (value && looksLikeFormula(value)) return { line, message: `${mapping[field] ?? field} "${value.slice(0, 40)}" looks like a spreadsheet formula; the row was skipped` };
  }
  const rawDate = cleanText(get('date'));
  const date = rawDate ? readDate(rawDate) : undefined;
  if (rawDate && !date) return { line, message: `${mapping.date ?? 'date'} "${rawDate.slice(0, 40)}" is not a date such as 2025-03-14; the row was skipped` };
  return {
    line,
    text,
    ...(title ? { title: title.slice(0, 300) } : {}),
    ...(employer ? { employer: employer.slice(0, 200) } : {}),
    ...(date ? { date } : {}),
  };
}

export function isProblem(p: Posting | RowProblem): p is RowProblem {
  return 'message' in p;
}

import { AssessmentType, DeliveryMode, type Activity, type Assessment, type Entity, type McredDocument, type Outcome } from '../model';
import type { CsvTable, RowProblem } from './csv';
import { cleanBlock, cleanText, normaliseLabel } from './normalise';
import { freshIds } from './payload';

/**
 * Outcomes, assessments and learning activities from a table: a CSV file or rows pasted from
 * Excel (the clipboard holds them tab-separated). Each kind has its fields, a column mapping
 * guessed from the header, and per-row problems with line numbers, as the skills import has.
 */

export const ROW_KINDS = ['outcome', 'assessment', 'activity'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** An entity read from a row, without an id yet. */
export type ImportedRow =
  | { line: number; entity: Omit<Outcome, 'id'> }
  | { line: number; entity: Omit<Assessment, 'id'> }
  | { line: number; entity: Omit<Activity, 'id'> };

interface RowField {
  label: string;
  required?: boolean;
  /** Header words that suggest this field (normalised labels). */
  hints: readonly string[];
}

/** The fields each kind can take from a column, in the order the mapping shows them. */
export const ROW_FIELDS: Readonly<Record<RowKind, Readonly<Record<string, RowField>>>> = {
  outcome: {
    statement: { label: 'Statement', required: true, hints: ['statement', 'outcome', 'learning outcome', 'title', 'name', 'description'] },
    code: { label: 'Code', hints: ['code', 'id', 'ref', 'reference', 'lo', 'number'] },
    criteria: { label: 'Criteria', hints: ['criteria', 'performance criteria', 'assessment criteria', 'conditions'] },
  },
  assessment: {
    title: { label: 'Title', required: true, hints: ['title', 'assessment', 'name', 'task'] },
    assessmentType: { label: 'Type', hints: ['type', 'assessment type', 'method', 'kind'] },
    description: { label: 'Description', hints: ['description', 'details', 'notes'] },
    weighting: { label: 'Weighting (%)', hints: ['weighting', 'weight', 'percent', 'percentage', '%', 'share'] },
  },
  activity: {
    title: { label: 'Title', required: true, hints: ['title', 'activity', 'learning activity', 'name', 'session'] },
    deliveryMode: { label: 'Delivery', hints: ['delivery', 'delivery mode', 'mode', 'format'] },
    description: { label: 'Description', hints: ['description', 'details', 'notes'] },
    contactHours: { label: 'Contact hours', hints: ['contact hours', 'contact', 'class hours', 'instruction hours', 'instruction', 'in class'] },
    selfStudyHours: { label: 'Self-study hours', hints: ['self study hours', 'self study', 'selfstudy', 'independent study', 'out of class', 'homework hours'] },
  },
};

/** Field → column name of the table. */
export type RowMapping = Partial<Record<string, string>>;

/** Guesses the column of each field of `kind` from the header; each column used at most once. */
export function guessRowMapping(kind: RowKind, header: readonly string[]): RowMapping {
  const mapping: RowMapping = {};
  const used = new Set<number>();
  const keys = header.map((h) => normaliseLabel(h).replace(/[-_]+/g, ' '));
  for (const [field, spec] of Object.entries(ROW_FIELDS[kind])) {
    const i = keys.findIndex((k, idx) => !used.has(idx) && spec.hints.includes(k));
    if (i >= 0) {
      mapping[field] = header[i]!;
      used.add(i);
    }
  }
  return mapping;
}

/** A number of hours or percent: "12", "12.5", "12,5", "40%". Undefined when empty, NaN when not a number. */
function toNumber(value: string | undefined): number | undefined {
  const t = value?.trim().replace(/%$/, '').replace(',', '.').trim();
  if (!t) return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** A vocabulary word from its value or label, spaces and case ignored ("Case study" → case-study); undefined when not one. */
function toChoice<V extends string>(value: string | undefined, options: readonly V[]): V | undefined {
  const t = (value ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  return options.find((o) => o === t || o.replace(/-/g, '') === t.replace(/-/g, ''));
}

/**
 * Reads the rows of `table` as entities of `kind`. A row without its title or statement, or
 * with a value that cannot be read (hours that are not a number, a weighting over 100, an
 * unknown type), is a problem with its line number; the other rows are kept.
 */
export function parseRows(table: CsvTable, kind: RowKind, mapping: RowMapping): { rows: ImportedRow[]; problems: RowProblem[] } | { error: string } {
  const fields = ROW_FIELDS[kind];
  const index: Record<string, number> = {};
  for (const field of Object.keys(fields)) {
    const column = mapping[field];
    if (!column) continue;
    const i = table.header.indexOf(column);
    if (i < 0) return { error: `the column "${column}" (mapped to ${fields[field]!.label}) is not in the table; its columns are ${table.header.join(', ')}` };
    index[field] = i;
  }
  const titleField = kind === 'outcome' ? 'statement' : 'title';
  if (index[titleField] === undefined) return { error: `choose the column that holds the ${fields[titleField]!.label.toLowerCase()}` };
  const rows: ImportedRow[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const { cells, line } of table.records) {
    const get = (f: string) => (index[f] === undefined ? undefined : cells[index[f]!]);
    const title = cleanText(get(titleField))?.slice(0, 2000);
    if (!title) {
      problems.push({ line, message: `${mapping[titleField]} is empty` });
      continue;
    }
    const read = readRow(kind, title, get);
    if (typeof read === 'string') problems.push({ line, message: read });
    else rows.push({ line, entity: read } as ImportedRow);
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}

/** One row's entity, or what is wrong with it. */
function readRow(kind: RowKind, title: string, get: (field: string) => string | undefined): ImportedRow['entity'] | string {
  const description = cleanBlock(get('description'));
  if (kind === 'outcome') {
    const code = cleanText(get('code'));
    if (code && code.length > 40) return `the code "${code.slice(0, 50)}…" is longer than 40 characters`;
    const criteria = cleanBlock(get('criteria'));
    return { kind: 'outcome', statement: title, ...(code ? { code } : {}), ...(criteria ? { criteria } : {}) };
  }
  if (kind === 'assessment') {
    const rawType = cleanText(get('assessmentType'));
    const assessmentType = rawType ? toChoice(rawType, AssessmentType.options) : 'other';
    if (!assessmentType) return `the type "${rawType}" is not one of ${AssessmentType.options.join(', ')}`;
    const weighting = toNumber(get('weighting'));
    if (weighting !== undefined && !(weighting <= 100)) return `the weighting "${get('weighting')?.trim()}" is not a percentage from 0 to 100`;
    return { kind: 'assessment', title, assessmentType, ...(description ? { description } : {}), ...(weighting !== undefined ? { weighting } : {}) };
  }
  const rawMode = cleanText(get('deliveryMode'));
  const deliveryMode = rawMode ? toChoice(rawMode, DeliveryMode.options) : 'online';
  if (!deliveryMode) return `the delivery "${rawMode}" is not one of ${DeliveryMode.options.join(', ')}`;
  const contactHours = toNumber(get('contactHours')) ?? 0;
  const selfStudyHours = toNumber(get('selfStudyHours')) ?? 0;
  if (Number.isNaN(contactHours)) return `the contact hours "${get('contactHours')?.trim()}" are not a number of hours`;
  if (Number.isNaN(selfStudyHours)) return `the self-study hours "${get('selfStudyHours')?.trim()}" are not a number of hours`;
  return { kind: 'activity', title, deliveryMode, ...(description ? { description } : {}), contactHours, selfStudyHours };
}

/** The payload of `entity.import`: the rows as entities with fresh ids, in table order. */
export function buildRowsPayload(doc: McredDocument, rows: readonly ImportedRow[], random: () => number): { creates: { entity: Entity; row: number }[] } {
  const freshId = freshIds(doc, random);
  return { creates: rows.map(({ line, entity }) => ({ entity: { ...entity, id: freshId(entity.kind) } as Entity, row: line })) };
}

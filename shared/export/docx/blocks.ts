import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { DocxContext } from './context';
import { plainRuns, type Presence } from './redline';
import { STYLE_IDS } from './styles';

/** Text width of a portrait or landscape page of the context's style, in twips. */
export function textWidth(ctx: DocxContext, landscape = false): number {
  const p = ctx.style.page;
  return (landscape ? p.heightTwips : p.widthTwips) - 2 * p.marginSideTwips;
}

export type HeadingDepth = 1 | 2 | 3;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A numbered heading: "3 Learning outcomes" or "2.3 Learning outcomes" in a catalogue. */
export function heading(text: string, depth: HeadingDepth, number?: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: HEADINGS[depth],
    pageBreakBefore: options.pageBreakBefore,
    children: plainRuns(number ? `${number}\u2002${text}` : text),
  });
}

/** A body paragraph from runs (or plain text). */
export function para(content: string | ParagraphChild[], options: { style?: string; after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: options.style ?? STYLE_IDS.body,
    keepNext: options.keepNext,
    spacing: options.after !== undefined ? { after: options.after } : undefined,
    children: typeof content === 'string' ? plainRuns(content) : content,
  });
}

/** "Label: " in bold followed by runs, as one paragraph. */
export function labelled(label: string, runs: ParagraphChild[], options: { style?: string } = {}): Paragraph {
  return new Paragraph({ style: options.style ?? STYLE_IDS.body, children: [new TextRun({ text: `${label}: `, bold: true }), ...runs] });
}

/** The muted italic "not stated" a reader sees for an empty element (the readiness section flags it). */
export function missing(ctx: DocxContext, text = 'Not stated'): ParagraphChild[] {
  return [new TextRun({ text, italics: true, color: ctx.style.colours.missing })];
}

/** A caption or explanatory note under a table. */
export function note(text: string | ParagraphChild[]): Paragraph {
  return new Paragraph({ style: 'Caption', children: typeof text === 'string' ? plainRuns(text) : text });
}

export interface Column {
  /** The heading: plain text, or runs (a redline tracks a changed outcome code). */
  header: string | ParagraphChild[];
  /** The heading reads bottom to top, so a narrow column takes a long code unbroken. */
  rotate?: boolean;
  /** Relative width; the columns share the table's width in proportion. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** One cell: paragraphs given as lists of runs. */
export interface Cell {
  paragraphs: ParagraphChild[][];
  fill?: string;
  span?: number;
  align?: 'left' | 'center' | 'right';
  /** Paragraph style of the cell, when not the table's. */
  style?: string;
}

export interface Row {
  cells: Cell[];
  presence?: Presence;
  /** A group heading row across the table ("EU Annex I — mandatory elements"). */
  group?: boolean;
  /** A closing row (a total): the row before it keeps with it, so it never sits alone on the next page. */
  total?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A cell from runs, or from plain text. */
export function cell(content: string | ParagraphChild[] | ParagraphChild[][], options: Omit<Cell, 'paragraphs'> = {}): Cell {
  if (typeof content === 'string') return { paragraphs: [plainRuns(content)], ...options };
  const nested = content.length > 0 && Array.isArray(content[0]);
  return { paragraphs: nested ? (content as ParagraphChild[][]) : [content as ParagraphChild[]], ...options };
}

/**
 * The house table: a dark header row that repeats on every page, thin light rules, rows
 * that never split across pages, fixed column widths so that no reader lets a long word
 * push the table past the margin. Rows added or removed since the baseline are tracked
 * as row insertions or deletions.
 */
export function dataTable(
  ctx: DocxContext,
  columns: readonly Column[],
  rows: readonly Row[],
  options: {
    width?: number;
    cellStyle?: string;
    landscape?: boolean;
    /** Keeps a short table on one page (each row kept with the next). */
    keepTogether?: boolean;
    /** Least height of the header row (twips): room for rotated headings. */
    headerHeight?: number;
  } = {},
): Table {
  const s = ctx.style;
  const total = options.width ?? textWidth(ctx, options.landscape);
  const weights = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((total * c.weight) / weights));
  const border = { style: BorderStyle.SINGLE, size: 4, color: s.colours.tableBorder };
  const bodyStyle = options.cellStyle ?? STYLE_IDS.cell;
  // Empty cells (most of a matrix) are alike: one object per column and fill is written as often as needed.
  const empty = new Map<string, TableCell>();
  const makeCell = (c: Cell, col: number, header: boolean, fill: string | undefined, keepNext = false): TableCell => {
    if (keepNext) return makeFullCell(c, col, header, fill, true);
    if (!header && c.paragraphs.every((p) => p.length === 0) && (c.span ?? 1) === 1) {
      const key = `${col}|${fill ?? ''}|${c.style ?? ''}`;
      let hit = empty.get(key);
      if (!hit) empty.set(key, (hit = makeFullCell({ ...c, paragraphs: [[]] }, col, header, fill)));
      return hit;
    }
    return makeFullCell(c, col, header, fill);
  };
  const makeFullCell = (c: Cell, col: number, header: boolean, fill: string | undefined, keepNext = false) => {
    const span = c.span ?? 1;
    const rotated = header && columns[col]?.rotate === true;
    // Rotated text starts at the bottom: "left" aligned is the natural end for it.
    const align = rotated ? 'left' : (c.align ?? columns[col]?.align ?? 'left');
    return new TableCell({
      textDirection: rotated ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
      width: { size: widths.slice(col, col + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      verticalAlign: rotated ? VerticalAlign.CENTER : header ? VerticalAlign.BOTTOM : undefined,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      children: (c.paragraphs.length ? c.paragraphs : [[]]).map(
        (runs) => new Paragraph({ style: header ? STYLE_IDS.cellHeader : (c.style ?? bodyStyle), keepNext: keepNext || undefined, alignment: align === 'left' ? undefined : ALIGN[align], children: runs }),
      ),
    });
  };
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: options.headerHeight ? { value: options.headerHeight, rule: HeightRule.ATLEAST } : undefined,
    children: columns.map((c, i) =>
      makeCell({ paragraphs: [typeof c.header === 'string' ? [new TextRun(c.header)] : c.header], align: c.align }, i, true, s.colours.tableHeaderFill, options.keepTogether === true),
    ),
  });
  let band = 0;
  const bodyRows = rows.map((r, i) => {
    const keepNext = (options.keepTogether === true && i < rows.length - 1) || rows[i + 1]?.total === true;
    const fill = r.group ? s.colours.tableGroupFill : band++ % 2 === 1 ? s.colours.tableBandFill : undefined;
    if (r.group) band = 0;
    let col = 0;
    const cells = r.cells.map((c) => {
      const made = makeCell(c, col, false, c.fill ?? fill, keepNext);
      col += c.span ?? 1;
      return made;
    });
    const change = r.presence && r.presence.op !== 'same' ? { id: ctx.nextChangeId(), ...r.presence.change } : undefined;
    return new TableRow({
      cantSplit: true,
      children: cells,
      insertion: r.presence?.op === 'insert' ? change : undefined,
      deletion: r.presence?.op === 'delete' ? change : undefined,
    });
  });
  const margin = s.spacing.cellMarginTwips;
  return new Table({
    rows: [headerRow, ...bodyRows],
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: margin + 20, right: margin + 20 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
}

/** A small gap after a table, so the next heading or paragraph does not touch it. */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}

import { Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { cleanText, unbreakable } from '../text';
import type { LinkLevel, LinkOfKind } from '../../model';
import { cell, dataTable, gap, missing, note, para, textWidth, type Cell, type Row } from './blocks';
import { codeRuns, compareLists, fieldRuns, labelRuns, presenceOf, rowRuns } from './redline';
import { presence, sectionHeading, type Block, type SectionInput } from './section';
import { STYLE_IDS } from './styles';

/** Past this many outcome columns the matrix gets a landscape page of its own. */
export const LANDSCAPE_AFTER = 6;

/** At most this many outcome columns in one table: a wider matrix is split into parts, the skill column repeated in each. */
export const MAX_MATRIX_COLUMNS = 15;

/** The skill column keeps at least this share of the table's width. */
const SKILL_SHARE = 0.28;

/** Width of a column whose heading is rotated (twips): a line of heading text and a matrix letter, with the cell margins. */
const ROTATED_COLUMN = 480;

/** A table of rotated headings with fewer columns still gives each no more than this share of the room. */
const MIN_ROTATED_SHARE = 8;

export const LEVEL_LETTER: Record<LinkLevel, string> = { introduced: 'I', reinforced: 'R', mastered: 'M' };

export interface MatrixSection {
  blocks: Block[];
  /** The matrix is wide: the caller puts it in a landscape section. */
  landscape: boolean;
}

/**
 * Section 4: the alignment matrix. One row per skill requirement, one column per outcome,
 * I / R / M where the outcome introduces, reinforces or masters the skill. The header row
 * repeats on every page and rows never split; wide matrices go on a landscape page.
 */
export function matrixSection(input: SectionInput, n: number): MatrixSection {
  const { ctx, scope } = input;
  const outcomes = compareLists(scope.outcomes, input.before?.outcomes ?? (ctx.baseline ? [] : undefined), (o) => o.outcome.id);
  const skills = compareLists(scope.skills, input.before?.skills ?? (ctx.baseline ? [] : undefined), (s) => s.skill.id);
  const landscape = outcomes.length > LANDSCAPE_AFTER;
  const blocks: Block[] = [sectionHeading(input, n, 'Alignment of skills and outcomes')];
  if (!outcomes.length || !skills.length) {
    blocks.push(para(missing(ctx, 'The matrix needs at least one outcome and one skill requirement linked to it.')));
    return { blocks, landscape: false };
  }
  blocks.push(
    para(
      'Each row is an industry skill requirement, each column a learning outcome of this credential. I = introduced, R = reinforced, M = mastered: the level to which the outcome develops the skill.',
      { keepNext: true },
    ),
  );
  const levelOf = (link: LinkOfKind<'addresses'> | undefined) => (link ? LEVEL_LETTER[link.level] : '');
  const rows: Row[] = skills.map(({ item, inNow, inBefore }) => {
    const s = item.skill;
    const p = presence(input, inNow, inBefore, s.id);
    const cells: Cell[] = [cell([...rowRuns(ctx, p, `${item.label} `, { bold: true }), ...rowRuns(ctx, p, s.statement)], { style: STYLE_IDS.cell })];
    for (const o of outcomes) {
      const now = inNow && o.inNow ? scope.addresses.get(s.id)?.get(o.item.outcome.id) : undefined;
      const was = input.before?.addresses.get(s.id)?.get(o.item.outcome.id);
      const text = levelOf(now);
      let runs: ParagraphChild[];
      if (!now && !was) runs = [];
      else if (!ctx.baseline || (now && was)) {
        runs = fieldRuns(ctx, { record: now?.id ?? was!.id, field: 'level', text, before: ctx.baseline ? levelOf(was) : undefined });
      } else {
        const id = now?.id ?? was!.id;
        runs = fieldRuns(ctx, { record: id, field: 'level', text: text || levelOf(was) }, presenceOf(ctx, now !== undefined, was !== undefined, id));
      }
      if (now) runs = ctx.comments.anchor(now.id, ['level'], runs, { label: true });
      const mastered = now?.level === 'mastered';
      cells.push(cell(runs, { align: 'center', fill: mastered ? ctx.style.colours.matrixMasteredFill : undefined }));
    }
    return { presence: p, cells };
  });
  const width = textWidth(ctx, landscape);
  const layout = matrixParts(outcomes.map((o) => o.item.label), width);
  const heads = outcomes.map((o) => codeRuns(ctx, o.item.label, presence(input, o.inNow, o.inBefore, o.item.outcome.id)));
  layout.parts.forEach(({ from, to }, part) => {
    const slice = outcomes.slice(from, to);
    if (layout.parts.length > 1) {
      const range = `${unbreakable(slice[0]!.item.label)}–${unbreakable(slice[slice.length - 1]!.item.label)}`;
      blocks.push(para([new TextRun({ text: `Outcomes ${from + 1}–${to} of ${outcomes.length} (${range})`, bold: true }), new TextRun({ text: `, part ${part + 1} of ${layout.parts.length}` })], { keepNext: true }));
    }
    const column = layout.rotate ? Math.floor((width * (1 - SKILL_SHARE)) / Math.max(slice.length, MIN_ROTATED_SHARE)) : outcomeColumnWidth(slice.map((o) => o.item.label), width, outcomes.length);
    blocks.push(
      dataTable(
        ctx,
        [
          { header: 'Skill requirement', weight: width - column * slice.length },
          ...slice.map((_o, i) => ({ header: heads[from + i]!, weight: column, align: 'center' as const, rotate: layout.rotate })),
        ],
        rows.map((r) => ({ ...r, cells: [r.cells[0]!, ...r.cells.slice(1 + from, 1 + to)] })),
        { landscape, cellStyle: STYLE_IDS.matrixCell, headerHeight: layout.rotate ? Math.max(...slice.map((o) => headerWidth(o.item.label))) : undefined },
      ),
    );
    if (part < layout.parts.length - 1) blocks.push(gap());
  });
  const uncovered = scope.outcomes.filter((o) => ![...scope.addresses.values()].some((row) => row.has(o.outcome.id)));
  const legend = [new TextRun({ text: 'Shaded cells mark mastery. The outcomes, in short (in full in "Learning outcomes"):' })];
  blocks.push(note(legend));
  for (const o of scope.outcomes) {
    blocks.push(
      new Paragraph({
        style: STYLE_IDS.small,
        keepNext: true,
        indent: { left: 567, hanging: 567 },
        // The code kept unbroken; a redline tracks a renamed one.
        children: [
          ...codeRuns(ctx, o.label, undefined, { bold: true }),
          new TextRun({ text: '\t', bold: true }),
          new TextRun(shorten(cleanText(o.outcome.statement), landscape ? 150 : 110)),
        ],
        tabStops: [{ type: TabStopType.LEFT, position: 567 }],
      }),
    );
  }
  if (uncovered.length) {
    const listed = outcomeRanges(scope.outcomes.map((o) => o.label), new Set(uncovered.map((o) => o.label)));
    blocks.push(note([...labelRuns(ctx, `Outcomes that address no skill requirement: ${listed}`), new TextRun('.')]));
  }
  blocks.push(gap());
  return { blocks, landscape };
}

/** The first `max` characters of a text, cut at a word, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The width a column needs for a header of `label` (twips): bold header-size characters of
 * about 0.62 em, the cell margins either side, and a little slack.
 */
function headerWidth(label: string): number {
  return Math.ceil(label.length * 9 * 0.62 * 20) + 2 * 90 + 40;
}

/** Width of each outcome column of a part (twips): as wide as its longest code needs, wider when there are few outcomes. */
function outcomeColumnWidth(labels: readonly string[], width: number, total: number): number {
  const needed = Math.max(...labels.map(headerWidth));
  const roomy = Math.round((width * Math.max(4, Math.min(9, 60 / total))) / 100);
  return Math.min(Math.max(needed, roomy), Math.floor((width * (1 - SKILL_SHARE)) / labels.length));
}

/**
 * How the outcome columns are split into tables, and whether their headings are rotated.
 * Codes are never broken. When the codes fit side by side next to the skill column, the
 * headings read across; when they do not and rotating them lets more columns share a table,
 * they read bottom to top in narrow columns. At most MAX_MATRIX_COLUMNS per table, in parts
 * of (nearly) equal size. Half-open ranges of column indices.
 */
export function matrixParts(labels: readonly string[], width: number): { parts: { from: number; to: number }[]; rotate: boolean } {
  if (!labels.length) return { parts: [], rotate: false };
  const room = width * (1 - SKILL_SHARE);
  const needed = Math.max(...labels.map(headerWidth));
  const across = Math.max(1, Math.min(MAX_MATRIX_COLUMNS, Math.floor(room / needed)));
  const upright = Math.max(1, Math.min(MAX_MATRIX_COLUMNS, Math.floor(room / ROTATED_COLUMN)));
  const rotate = across < labels.length && upright > across;
  const fit = rotate ? upright : across;
  const count = Math.ceil(labels.length / fit);
  const size = Math.ceil(labels.length / count);
  const parts: { from: number; to: number }[] = [];
  for (let from = 0; from < labels.length; from += size) parts.push({ from, to: Math.min(labels.length, from + size) });
  return { parts, rotate };
}

/**
 * The chosen outcomes as a short list in the credential's order: runs of three or more
 * neighbours as ranges ("LO1–LO40, LO42, LO44"), each code unbreakable.
 */
export function outcomeRanges(labels: readonly string[], chosen: ReadonlySet<string>): string {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (!chosen.has(labels[i]!)) continue;
    let j = i;
    while (j + 1 < labels.length && chosen.has(labels[j + 1]!)) j++;
    if (j - i >= 2) out.push(`${unbreakable(labels[i]!)}–${unbreakable(labels[j]!)}`);
    else for (let k = i; k <= j; k++) out.push(unbreakable(labels[k]!));
    i = j;
  }
  return out.join(', ');
}

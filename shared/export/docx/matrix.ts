import { Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { cleanText } from '../text';
import type { LinkLevel, LinkOfKind } from '../../model';
import { cell, dataTable, gap, missing, note, para, type Cell, type Row } from './blocks';
import { compareLists, fieldRuns, labelRuns, presenceOf, rowRuns } from './redline';
import { presence, sectionHeading, type Block, type SectionInput } from './section';
import { STYLE_IDS } from './styles';

/** Past this many outcome columns the matrix gets a landscape page of its own. */
export const LANDSCAPE_AFTER = 6;

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
  const outcomeWeight = Math.max(4, Math.min(9, 60 / outcomes.length));
  blocks.push(
    dataTable(
      ctx,
      [
        { header: 'Skill requirement', weight: Math.max(30, 100 - outcomeWeight * outcomes.length) },
        ...outcomes.map((o) => ({ header: o.item.label, weight: outcomeWeight, align: 'center' as const })),
      ],
      rows,
      { landscape, cellStyle: STYLE_IDS.matrixCell },
    ),
  );
  const uncovered = scope.outcomes.filter((o) => ![...scope.addresses.values()].some((row) => row.has(o.outcome.id)));
  const legend = [new TextRun({ text: 'Shaded cells mark mastery. The outcomes, in short (in full in "Learning outcomes"):' })];
  blocks.push(note(legend));
  for (const o of scope.outcomes) {
    blocks.push(
      new Paragraph({
        style: STYLE_IDS.small,
        keepNext: true,
        indent: { left: 567, hanging: 567 },
        children: [...labelRuns(ctx, o.label, { bold: true }), new TextRun({ text: '\t', bold: true }), new TextRun(shorten(cleanText(o.outcome.statement), landscape ? 150 : 110))],
        tabStops: [{ type: TabStopType.LEFT, position: 567 }],
      }),
    );
  }
  if (uncovered.length) blocks.push(note([...labelRuns(ctx, `Outcomes that address no skill requirement: ${uncovered.map((o) => o.label).join(', ')}`), new TextRun('.')]));
  blocks.push(gap());
  return { blocks, landscape };
}

/** The first `max` characters of a text, cut at a word, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

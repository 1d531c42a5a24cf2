import { BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { Approval, McredDocument } from '../../model';
import { STATUS_LABELS } from '../../review/status';
import { cleanText } from '../text';
import { cell, dataTable, gap, para, textWidth, type Row } from './blocks';
import type { DocxContext } from './context';
import { plainRuns } from './redline';
import { sectionHeading, subHeading, type Block, type SectionInput } from './section';
import { halfPoints, STYLE_IDS } from './styles';

/** The lines of the sign-off block, in the order a committee secretary fills them in. */
export const SIGN_OFF_LINES = ['Approved by (body)', 'Name', 'Signature', 'Date', 'Minute reference'] as const;

/** The approval records of a credential, oldest first. */
export function approvalsOf(doc: Pick<McredDocument, 'approvals'>, credentialId: string): Approval[] {
  return Object.values(doc.approvals)
    .filter((a) => a.credential === credentialId)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** "Approved" with, in small print under it, where it came from and the revision it pins. */
function stepRuns(ctx: DocxContext, a: Approval): ParagraphChild[][] {
  const small = { size: halfPoints(ctx.style.sizes.small), color: ctx.style.colours.muted };
  const out: ParagraphChild[][] = [[new TextRun({ text: STATUS_LABELS[a.status], bold: true })]];
  if (a.from && a.from !== a.status) out.push(plainRuns(`from ${STATUS_LABELS[a.from]}`, small));
  const pinned = a.revision ? ctx.doc.revisions[a.revision] : undefined;
  if (pinned) out.push(plainRuns(`Revision “${pinned.name}”`, small));
  return out;
}

/** The bordered block the deciding body fills in by hand: a label and an empty line each. */
function signOffTable(ctx: DocxContext): Table {
  const width = textWidth(ctx);
  const labelWidth = Math.round(width * 0.3);
  const border = { style: BorderStyle.SINGLE, size: 6, color: ctx.style.colours.tableBorder };
  const rows = SIGN_OFF_LINES.map((label, i) => {
    // Each row keeps with the next: the block is filled in and signed on one page.
    const keepNext = i < SIGN_OFF_LINES.length - 1 || undefined;
    return new TableRow({
      cantSplit: true,
      // Room to write by hand (a signature needs more).
      height: { value: label === 'Signature' ? 900 : 560, rule: HeightRule.ATLEAST },
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          shading: { fill: ctx.style.colours.tableGroupFill },
          children: [new Paragraph({ style: STYLE_IDS.cell, keepNext, children: [new TextRun({ text: label, bold: true })] })],
        }),
        new TableCell({ width: { size: width - labelWidth, type: WidthType.DXA }, children: [new Paragraph({ style: STYLE_IDS.cell, keepNext, children: [] })] }),
      ],
    });
  });
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 120, right: 120 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  });
}

/**
 * Section 9: the decisions taken on the credential so far (each approval record: date,
 * step, body, decision, conditions, minute reference, who recorded it), then a sign-off
 * block for the next decision, which the deciding body fills in on the printed copy.
 */
export function approvalSection(input: SectionInput, n: number): Block[] {
  const { ctx, scope } = input;
  const records = approvalsOf(ctx.doc, scope.credential.id);
  const out: Block[] = [sectionHeading(input, n, 'Approval and sign-off', { pageBreakBefore: input.depth === 1 })];
  if (!records.length) out.push(para('No approval has been recorded yet.'));
  else {
    const dash = (s: string | undefined) => (s ? cleanText(s) : '—');
    const rows: Row[] = records.map((a) => ({
      cells: [
        cell(ctx.date(new Date(a.at))),
        cell(stepRuns(ctx, a)),
        cell(dash(a.body)),
        cell(a.decision ? STATUS_LABELS[a.decision] : '—'),
        cell(dash(a.conditions)),
        cell(dash(a.minute)),
        cell(ctx.personName(a.author)),
      ],
    }));
    out.push(
      para(`The steps of this micro-credential's review and approval, oldest first (${records.length} recorded).`, { keepNext: true }),
      dataTable(ctx, [
        { header: 'Date', weight: 13 },
        { header: 'Step', weight: 16 },
        { header: 'Body', weight: 16 },
        { header: 'Decision', weight: 12 },
        { header: 'Conditions', weight: 18 },
        { header: 'Minute', weight: 11 },
        { header: 'Recorded by', weight: 14 },
      ], rows),
      gap(),
    );
  }
  out.push(
    subHeading(input, n, 1, 'Sign-off'),
    para('For the body taking the next decision on this specification.', { keepNext: true }),
    signOffTable(ctx),
    gap(),
  );
  return out;
}

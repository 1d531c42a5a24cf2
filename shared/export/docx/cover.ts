import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Credential } from '../../model';
import { cleanText, humanise } from '../text';
import { textWidth } from './blocks';
import type { DocxContext } from './context';
import { reviewFieldRuns } from './anchors';
import { fieldRuns, plainRuns } from './redline';
import { halfPoints, STYLE_IDS } from './styles';

/** One line of the cover's details block. */
export interface CoverDetail {
  label: string;
  runs: ParagraphChild[];
}

export interface CoverContent {
  /** Small line above the title, e.g. the institution. */
  kicker: string;
  /** What the document is: "Micro-credential specification". */
  kind: string;
  title: ParagraphChild[];
  subtitle?: string;
  details: CoverDetail[];
  /** A line at the foot of the cover, e.g. how tracked changes are to be read. */
  footnote?: string;
}

/** The cover page: institution, document kind, title and a details block (what follows starts a new page). */
export function coverPage(ctx: DocxContext, c: CoverContent): (Paragraph | Table)[] {
  const s = ctx.style;
  const width = textWidth(ctx);
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const rule = { style: BorderStyle.SINGLE, size: 4, color: s.colours.tableBorder };
  const rows = c.details.map(
    (d) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: Math.round(width * 0.3), type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 0, right: 120 },
            borders: { top: none, left: none, right: none, bottom: rule },
            children: [new Paragraph({ style: STYLE_IDS.coverLabel, children: plainRuns(d.label) })],
          }),
          new TableCell({
            width: { size: width - Math.round(width * 0.3), type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 0, right: 0 },
            borders: { top: none, left: none, right: none, bottom: rule },
            children: [new Paragraph({ style: STYLE_IDS.body, spacing: { after: 0 }, children: d.runs })],
          }),
        ],
      }),
  );
  return [
    new Paragraph({ spacing: { before: 2400, after: 120 }, style: STYLE_IDS.coverSubtitle, children: plainRuns(c.kicker) }),
    new Paragraph({
      style: STYLE_IDS.coverLabel,
      border: { top: { style: BorderStyle.SINGLE, size: 18, color: s.colours.primary, space: 8 } },
      spacing: { before: 240, after: 60 },
      children: plainRuns(c.kind),
    }),
    new Paragraph({ style: STYLE_IDS.coverTitle, children: c.title }),
    ...(c.subtitle ? [new Paragraph({ style: STYLE_IDS.coverSubtitle, spacing: { after: 720 }, children: plainRuns(c.subtitle) })] : [new Paragraph({ spacing: { after: 720 }, children: [] })]),
    new Table({
      rows,
      width: { size: width, type: WidthType.DXA },
      columnWidths: [Math.round(width * 0.3), width - Math.round(width * 0.3)],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    }),
    ...(c.footnote
      ? [new Paragraph({ style: STYLE_IDS.small, spacing: { before: 480 }, children: [new TextRun({ text: cleanText(c.footnote), size: halfPoints(s.sizes.small) })] })]
      : []),
  ];
}

/** The cover of one credential's specification. */
export function credentialCover(ctx: DocxContext, credential: Credential, before: Credential | undefined, authorName: string): (Paragraph | Table)[] {
  const field = (f: 'title' | 'version' | 'status' | 'code' | 'awardingBody', text: (c: Credential) => string) =>
    fieldRuns(ctx, { record: credential.id, field: f, text: text(credential), before: before ? text(before) : ctx.baseline ? '' : undefined });
  // Title and awarding body are reviewable: their first anchors are here (comments stay in the summary table).
  const reviewable = (f: 'title' | 'awardingBody') => reviewFieldRuns(ctx, credential, f, { before: before ?? (ctx.baseline ? null : undefined), comments: false });
  const title = reviewable('title'); // first: it comes first in the document
  const settings = ctx.doc.settings;
  const details: CoverDetail[] = [
    {
      label: 'Institution',
      runs: credential.awardingBody !== undefined ? reviewable('awardingBody') : field('awardingBody', (c) => c.awardingBody ?? settings.institution ?? settings.title),
    },
    ...(credential.code ? [{ label: 'Code', runs: field('code', (c) => c.code ?? '') }] : []),
    { label: 'Version', runs: field('version', (c) => c.version) },
    { label: 'Status', runs: field('status', (c) => humanise(c.status)) },
    { label: 'Date', runs: plainRuns(ctx.date(ctx.now)) },
    { label: 'Prepared by', runs: plainRuns(authorName) },
  ];
  if (ctx.at) details.push({ label: 'Content as of', runs: plainRuns(`"${ctx.at.revision.name}", ${ctx.date(new Date(ctx.at.revision.at))}`) });
  if (ctx.baseline) {
    const r = ctx.baseline.revision;
    details.push({ label: 'Changes shown since', runs: plainRuns(`"${r.name}", ${ctx.date(new Date(r.at))}`) });
  }
  return coverPage(ctx, {
    kicker: settings.institution ?? settings.title,
    kind: 'Micro-credential specification',
    title,
    subtitle: settings.title !== (settings.institution ?? '') ? settings.title : undefined,
    details,
    footnote: ctx.baseline
      ? `Changes made ${ctx.at ? `between the revisions "${ctx.baseline.revision.name}" and "${ctx.at.revision.name}"` : `since the revision "${ctx.baseline.revision.name}"`} are shown as tracked changes, each with its author and date. Open reviewer comments are shown in the margin.`
      : undefined,
  });
}

/** Running header: document title left, institution right. */
export function runningHeader(ctx: DocxContext, left: string, right: string, landscape = false): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE_IDS.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(ctx, landscape) }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: ctx.style.colours.tableBorder, space: 4 } },
        children: [new TextRun(cleanText(left)), new TextRun({ children: ['\t', cleanText(right)] })],
      }),
    ],
  });
}

/** Running footer: a note left, "Page x of y" right. */
export function runningFooter(ctx: DocxContext, left: string, landscape = false): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(ctx, landscape) }],
        children: [new TextRun(cleanText(left)), new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** An empty header or footer for the cover page. */
export function blankHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}

export function blankFooter(): Footer {
  return new Footer({ children: [new Paragraph({ children: [] })] });
}

/**
 * Instead of the cover's note on tracked changes, for a redline that has none: one clear
 * sentence, so that a reviewer does not search the document for changes.
 */
export function noChangesNote(ctx: DocxContext, spacingBefore = 480): Paragraph {
  const since = ctx.baseline ? `"${ctx.baseline.revision.name}" (${ctx.date(new Date(ctx.baseline.revision.at))})` : '';
  const text = ctx.at ? `No changes between the revisions ${since} and "${ctx.at.revision.name}".` : `No changes since ${since}.`;
  return new Paragraph({ style: STYLE_IDS.body, spacing: { before: spacingBefore }, children: [new TextRun({ text: cleanText(text), bold: true })] });
}

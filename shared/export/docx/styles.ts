import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import styleDefinition from '../../../resources/word/style.json';
import { isRightToLeftLanguage, type Script } from './scripts';

/**
 * The institution's look for exported Word documents, kept as data in
 * `resources/word/style.json` so that an institution can restyle its documents without
 * touching code. Sizes are in points, colours are hex RGB without `#`, lengths in twips.
 */
export interface WordStyle {
  name: string;
  /** Margins and header/footer distances; the paper size comes from the export's locale (`../locale.ts`). */
  page: {
    marginTopTwips: number;
    marginBottomTwips: number;
    marginSideTwips: number;
    headerTwips: number;
    footerTwips: number;
  };
  fonts: {
    body: string;
    heading: string;
    /**
     * Fonts for characters the body font has no glyphs for, by script: Word writes
     * complex-script text (Arabic, Hebrew, Devanagari, Thai…) in the `cs` font and
     * Chinese, Japanese and Korean in the `eastAsia` font of a run.
     */
    fallbacks: Record<Script, string>;
  };
  sizes: {
    body: number;
    small: number;
    table: number;
    tableHeader: number;
    matrix: number;
    title: number;
    subtitle: number;
    heading1: number;
    heading2: number;
    heading3: number;
  };
  colours: {
    text: string;
    muted: string;
    primary: string;
    accent: string;
    rule: string;
    tableHeaderFill: string;
    tableHeaderText: string;
    tableGroupFill: string;
    tableBandFill: string;
    tableBorder: string;
    matrixMasteredFill: string;
    met: string;
    gap: string;
    missing: string;
  };
  spacing: {
    paragraphAfterPt: number;
    lineSpacing: number;
    heading1BeforePt: number;
    heading2BeforePt: number;
    cellMarginTwips: number;
  };
}

/** A style on a given paper: what the builders of one export read (`DocxContext.style`). */
export type PagedStyle = WordStyle & { page: WordStyle['page'] & { widthTwips: number; heightTwips: number } };

export const DEFAULT_STYLE: WordStyle = styleDefinition as WordStyle;

/** Word sizes are in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);
/** Paragraph spacing is in twentieths of a point. */
export const twips = (pt: number): number => Math.round(pt * 20);

/** Paragraph style ids used by the builders (beyond Word's built-in headings). */
export const STYLE_IDS = {
  body: 'BodyText',
  small: 'SmallText',
  cell: 'TableText',
  cellHeader: 'TableHeading',
  matrixCell: 'MatrixText',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverLabel: 'CoverLabel',
  headerFooter: 'HeaderFooterText',
  contentsHeading: 'ContentsHeading',
} as const;

/**
 * The Word styles part: document defaults, headings, table text and the contents levels.
 * `language` (BCP 47, e.g. "en" or "fr-BE") is the document's language, written in the run
 * defaults so that screen readers and spelling use it (WCAG 2.1 3.1.1).
 */
export function documentStyles(s: WordStyle, language?: string, fallbacks?: { cs: string; eastAsia: string }): IStylesOptions {
  const line = Math.round(240 * s.spacing.lineSpacing);
  // Each font with its fallbacks: naming one font alone would set it for every script.
  const font = (name: string) => ({ ascii: name, hAnsi: name, cs: fallbacks?.cs ?? name, eastAsia: fallbacks?.eastAsia ?? name });
  const rtl = language !== undefined && isRightToLeftLanguage(language);
  // Real heading levels (outline levels 0 to 2), so navigation panes, PDF tags and screen readers see the structure.
  const heading = (size: number, before: number, colour: string, outlineLevel: number) => ({
    run: { font: font(s.fonts.heading), size: halfPoints(size), bold: true, color: colour },
    paragraph: { spacing: { before: twips(before), after: twips(6) }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: font(s.fonts.body), size: halfPoints(s.sizes.body), color: s.colours.text, ...(language ? { language: rtl ? { value: 'en', bidirectional: language } : { value: language } } : {}) },
        paragraph: { spacing: { after: twips(s.spacing.paragraphAfterPt), line, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        ...heading(s.sizes.heading1, s.spacing.heading1BeforePt, s.colours.primary, 0),
        paragraph: {
          outlineLevel: 0,
          spacing: { before: twips(s.spacing.heading1BeforePt), after: twips(8) },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: 'single', size: 8, color: s.colours.rule, space: 4 } },
        },
      },
      heading2: heading(s.sizes.heading2, s.spacing.heading2BeforePt, s.colours.primary, 1),
      heading3: heading(s.sizes.heading3, 10, s.colours.accent, 2),
      title: { run: { font: font(s.fonts.heading), size: halfPoints(s.sizes.title), bold: true, color: s.colours.primary } },
    },
    paragraphStyles: [
      { id: STYLE_IDS.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true },
      {
        id: STYLE_IDS.small,
        name: 'Small Text',
        basedOn: 'Normal',
        run: { size: halfPoints(s.sizes.small), color: s.colours.muted },
        paragraph: { spacing: { after: twips(4) } },
      },
      {
        id: STYLE_IDS.cell,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: halfPoints(s.sizes.table) },
        paragraph: { spacing: { before: twips(1), after: twips(1), line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_IDS.cellHeader,
        name: 'Table Heading',
        basedOn: STYLE_IDS.cell,
        run: { bold: true, size: halfPoints(s.sizes.tableHeader), color: s.colours.tableHeaderText },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE_IDS.matrixCell,
        name: 'Matrix Text',
        basedOn: STYLE_IDS.cell,
        run: { size: halfPoints(s.sizes.matrix), bold: true },
      },
      {
        id: STYLE_IDS.coverTitle,
        name: 'Cover Title',
        basedOn: 'Normal',
        run: { font: font(s.fonts.heading), size: halfPoints(s.sizes.title), bold: true, color: s.colours.primary },
        paragraph: { spacing: { before: twips(12), after: twips(12), line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_IDS.coverSubtitle,
        name: 'Cover Subtitle',
        basedOn: 'Normal',
        run: { font: font(s.fonts.heading), size: halfPoints(s.sizes.subtitle), color: s.colours.accent },
        paragraph: { spacing: { after: twips(6) } },
      },
      {
        id: STYLE_IDS.coverLabel,
        name: 'Cover Label',
        basedOn: 'Normal',
        run: { size: halfPoints(s.sizes.small), color: s.colours.muted, allCaps: true, characterSpacing: 20 },
        paragraph: { spacing: { after: twips(2) } },
      },
      {
        id: STYLE_IDS.headerFooter,
        name: 'Header Footer Text',
        basedOn: 'Normal',
        run: { size: halfPoints(s.sizes.small), color: s.colours.muted },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE_IDS.contentsHeading,
        name: 'Contents Heading',
        basedOn: 'Normal',
        run: { font: font(s.fonts.heading), size: halfPoints(s.sizes.heading1), bold: true, color: s.colours.primary },
        paragraph: { spacing: { after: twips(12) } },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: twips(6), after: twips(2) } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 300 }, spacing: { after: twips(2) } } },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        run: { size: halfPoints(s.sizes.small), color: s.colours.muted, italics: true },
        paragraph: { spacing: { before: twips(4), after: twips(10) }, alignment: AlignmentType.LEFT },
      },
    ],
  };
}

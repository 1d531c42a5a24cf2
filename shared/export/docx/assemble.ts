import { Document, PageOrientation, Paragraph, TableOfContents, type FileChild, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { REVIEW_COPY_KIND, REVIEW_PROPERTIES } from '../../review/anchors';
import { cleanText, wordDateTime } from '../text';
import type { Chunk } from './chapter';
import { blankFooter, blankHeader, runningFooter, runningHeader } from './cover';
import type { DocxContext } from './context';
import { plainRuns } from './redline';
import { fallbackFonts, scriptCounts } from './scripts';
import { documentStyles, STYLE_IDS, type PagedStyle } from './styles';

/** A built Word document, ready to pack: the document and the parts written as we write them. */
export interface BuiltDocx {
  document: Document;
  /** Parts that replace docx's own: the core properties, with dates from `now` (docx would read the clock). */
  overrides: { path: string; data: string }[];
  /** Number of Word comments (threads and replies) in the document. */
  comments: number;
  /** The text has right-to-left letters: the packed parts are finished by `finishRightToLeft`. */
  rightToLeft: boolean;
}

export interface Properties {
  title: string;
  subject: string;
  creator: string;
  keywords: string[];
  description?: string;
  /** The credential of a specification (a catalogue has none): named in the custom properties. */
  credentialId?: string;
}

/**
 * The custom properties that make the document a review copy the app can read back: what
 * it is, the map, the named revision it is recorded as and, for a specification, the credential.
 */
export function reviewProperties(ctx: DocxContext, credentialId: string | undefined): { name: string; value: string }[] {
  return [
    { name: REVIEW_PROPERTIES.kind, value: REVIEW_COPY_KIND },
    { name: REVIEW_PROPERTIES.mapId, value: ctx.doc.id },
    ...(ctx.recordedAs ? [{ name: REVIEW_PROPERTIES.revisionId, value: ctx.recordedAs.id }] : []),
    ...(credentialId ? [{ name: REVIEW_PROPERTIES.credentialId, value: credentialId }] : []),
  ];
}

/** "Contents" and the table of contents field, pre-filled from the headings (readable before Word updates it). */
export function contents(levels: '1-1' | '1-2'): FileChild[] {
  return [
    new Paragraph({ style: STYLE_IDS.contentsHeading, pageBreakBefore: true, children: plainRuns('Contents') }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: levels }),
  ];
}

/**
 * The document from its chunks: the first chunk starts with the cover (a first page with no
 * header or footer), chunks of one orientation share a section, and every section carries
 * the running header and "Page x of y" footer, sized to its orientation.
 */
export function assemble(ctx: DocxContext, chunks: Chunk[], furniture: { header: [string, string]; footer: string }, props: Properties): BuiltDocx {
  const merged: Chunk[] = [];
  for (const c of chunks) {
    const last = merged[merged.length - 1];
    if (last && last.landscape === c.landscape) last.blocks.push(...c.blocks);
    else merged.push({ blocks: [...c.blocks], landscape: c.landscape });
  }
  const page = ctx.style.page;
  const sections: ISectionOptions[] = merged.map((chunk, i) => ({
    properties: {
      titlePage: i === 0,
      page: {
        size: { width: page.widthTwips, height: page.heightTwips, orientation: chunk.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: page.marginTopTwips,
          bottom: page.marginBottomTwips,
          left: page.marginSideTwips,
          right: page.marginSideTwips,
          header: page.headerTwips,
          footer: page.footerTwips,
        },
      },
    },
    headers: { default: runningHeader(ctx, furniture.header[0], furniture.header[1], chunk.landscape), ...(i === 0 ? { first: blankHeader() } : {}) },
    footers: { default: runningFooter(ctx, furniture.footer, chunk.landscape), ...(i === 0 ? { first: blankFooter() } : {}) },
    children: chunk.blocks,
  }));
  const keywords = props.keywords.map(cleanText).filter(Boolean).join('; ');
  const language = documentLanguage(ctx, props.credentialId);
  const { people, comments, settings, entities } = ctx.doc;
  const scripts = scriptCounts(JSON.stringify([settings, entities, people, comments]));
  const document = new Document({
    title: cleanText(props.title),
    subject: cleanText(props.subject),
    creator: cleanText(props.creator),
    lastModifiedBy: cleanText(props.creator),
    keywords,
    description: props.description ? cleanText(props.description) : undefined,
    styles: documentStyles(ctx.style, language, fallbackFonts(scripts, ctx.style.fonts.fallbacks)),
    comments: { children: ctx.comments.comments },
    customProperties: reviewProperties(ctx, props.credentialId),
    features: ctx.baseline ? { trackRevisions: true } : undefined,
    pageNumbers: ctx.pageNumbers ? contentsPageNumbers(ctx.style) : undefined,
    sections,
  });
  ctx.webLinks.addTo(document);
  return {
    document,
    overrides: [{ path: 'docProps/core.xml', data: coreXml(props, keywords, ctx.now, language) }],
    comments: ctx.comments.comments.length,
    rightToLeft: scripts.has('arabic') || scripts.has('hebrew'),
  };
}

/**
 * Writes the page numbers of the contents (LibreOffice and pandoc never update the field, and
 * Word would ask first): the pages of the headings from `fastPageNumbers`.
 */
function contentsPageNumbers(style: PagedStyle): PageNumberEstimator {
  return (body) => ({ bookmarks: fastPageNumbers(body as XmlNode, style) });
}

/**
 * The document's language (BCP 47): the credential's for a specification; for a catalogue,
 * the language most of the map's credentials are taught in (the first in map order on a tie);
 * English when the map has none.
 */
export function documentLanguage(ctx: DocxContext, credentialId: string | undefined): string {
  const entity = credentialId ? ctx.doc.entities[credentialId] : undefined;
  if (entity?.kind === 'credential' && entity.language) return entity.language;
  const counts = new Map<string, number>();
  for (const e of Object.values(ctx.doc.entities)) if (e.kind === 'credential' && e.language) counts.set(e.language, (counts.get(e.language) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const [lang, n] of counts) if (!best || n > best[1]) best = [lang, n];
  return best?.[0] ?? 'en';
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml, with the dates of `now` so that the same input gives the same document. */
function coreXml(p: Properties, keywords: string, now: Date, language: string): string {
  const el = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(cleanText(value))}</${name}>` : '');
  const date = wordDateTime(now);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.creator) +
    el('cp:keywords', keywords) +
    el('dc:description', p.description) +
    el('dc:language', language) +
    el('cp:lastModifiedBy', p.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/*
 * Page numbers of the contents, worked out fast.
 *
 * docx's layout estimator lays every line out as Word would and costs ten times the export.
 * The specification is made of few kinds of blocks (styled paragraphs, fixed-width tables
 * whose rows never split, page breaks before every chapter, portrait and landscape
 * sections), so a coarse layout is enough for the contents to be right within a page: lines
 * are counted from an average character width of the style's font size, rows are as tall as
 * their tallest cell, a row that does not fit starts a new page (repeating the header row),
 * a heading that would end a page moves to the next. Errors cannot add up past a chapter,
 * as each one starts on a new page. Only the headings' bookmarks (`_Toc…`) are placed, and
 * the number of pages is left to Word and LibreOffice, which count it as they open the file.
 */

/** A node of docx's XML object tree: `{ 'w:p': [children] }`, `{ _attr: {...} }` or text. */
type XmlNode = { [name: string]: unknown } | string;

/** Average advance of a character of Arial-like text, in ems (measured on English specification text). */
const EM_PER_CHAR = 0.5;
/** What a broken line leaves empty at its end, on average, in ems. */
const WRAP_EMS = 0.5;
/** Line height of a single-spaced line, in ems (Arial and Liberation Sans: ascent + descent). */
const EM_PER_LINE = 1.15;

interface ParaStyle {
  size: number;
  before: number;
  after: number;
  line: number;
  keepNext: boolean;
}

const childrenOf = (value: unknown): XmlNode[] => (Array.isArray(value) ? (value as XmlNode[]) : []);
const nameOf = (node: XmlNode): string | undefined => (typeof node === 'string' ? undefined : Object.keys(node).find((k) => k !== '_attr'));
const attrsOf = (node: XmlNode): Record<string, unknown> => {
  if (typeof node === 'string') return {};
  const name = nameOf(node);
  const value = name ? node[name] : undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) return ((value as { _attr?: Record<string, unknown> })._attr ?? {}) as Record<string, unknown>;
  const attr = childrenOf(value).find((c) => typeof c !== 'string' && '_attr' in c);
  return attr && typeof attr !== 'string' ? (attr._attr as Record<string, unknown>) : {};
};
const kids = (node: XmlNode): XmlNode[] => {
  const name = nameOf(node);
  return name && typeof node !== 'string' ? childrenOf(node[name]) : [];
};
const child = (node: XmlNode, name: string): XmlNode | undefined => kids(node).find((c) => nameOf(c) === name);

/** The paragraph styles the layout needs, in points, from the Word style. */
function paragraphStyles(s: PagedStyle): (id: string | undefined) => ParaStyle {
  const line = s.spacing.lineSpacing;
  const body: ParaStyle = { size: s.sizes.body, before: 0, after: s.spacing.paragraphAfterPt, line, keepNext: false };
  const cell: ParaStyle = { size: s.sizes.table, before: 1, after: 1, line: 1, keepNext: false };
  const styles: Record<string, ParaStyle> = {
    Heading1: { size: s.sizes.heading1, before: s.spacing.heading1BeforePt, after: 8 + 6, line, keepNext: true },
    Heading2: { size: s.sizes.heading2, before: s.spacing.heading2BeforePt, after: 6, line, keepNext: true },
    Heading3: { size: s.sizes.heading3, before: 10, after: 6, line, keepNext: true },
    Title: { ...body, size: s.sizes.title },
    [STYLE_IDS.body]: body,
    [STYLE_IDS.small]: { ...body, size: s.sizes.small, after: 4 },
    [STYLE_IDS.cell]: cell,
    [STYLE_IDS.cellHeader]: { ...cell, size: s.sizes.tableHeader },
    [STYLE_IDS.matrixCell]: { ...cell, size: s.sizes.matrix },
    [STYLE_IDS.coverTitle]: { size: s.sizes.title, before: 12, after: 12, line: 1.05, keepNext: false },
    [STYLE_IDS.coverSubtitle]: { ...body, size: s.sizes.subtitle, after: 6 },
    [STYLE_IDS.coverLabel]: { ...body, size: s.sizes.small, after: 2 },
    [STYLE_IDS.headerFooter]: { ...body, size: s.sizes.small, after: 0 },
    [STYLE_IDS.contentsHeading]: { ...body, size: s.sizes.heading1, after: 12 },
    TOC1: { ...body, before: 6, after: 2 },
    TOC2: { ...body, after: 2 },
    Caption: { ...body, size: s.sizes.small, before: 4, after: 10 },
  };
  return (id) => (id && styles[id]) || body;
}

/** Visible text of a paragraph (field instructions left out) as the lengths of its lines broken by `w:br`, with a tab as four characters. */
function paragraphText(p: XmlNode): { segments: number[]; bookmarks: string[]; size?: number } {
  const segments = [0];
  let chars = 0;
  let size: number | undefined;
  const bookmarks: string[] = [];
  const visit = (node: XmlNode) => {
    const name = nameOf(node);
    if (name === 'w:t' || name === 'w:delText') {
      for (const c of kids(node)) if (typeof c === 'string') chars += c.length;
    } else if (name === 'w:tab' && kids(node).length === 0) chars += 4;
    else if (name === 'w:br' && attrsOf(node)['w:type'] === undefined) {
      segments[segments.length - 1] = chars;
      segments.push(0);
      chars = 0;
    }
    else if (name === 'w:bookmarkStart') {
      const n = attrsOf(node)['w:name'];
      if (typeof n === 'string' && n.startsWith('_Toc')) bookmarks.push(n);
    } else if (name === 'w:sz' && size === undefined) size = Number(attrsOf(node)['w:val']) / 2 || undefined;
    else if (name && name !== 'w:instrText' && name !== 'w:pPr') for (const c of kids(node)) visit(c);
  };
  for (const c of kids(p)) visit(c);
  segments[segments.length - 1] = chars;
  return { segments, bookmarks, size };
}

interface Measured {
  /** Height without the space before, in points. */
  height: number;
  before: number;
  pageBreakBefore: boolean;
  keepNext: boolean;
  bookmarks: string[];
}

/** A paragraph's height in a width (points). */
function measureParagraph(p: XmlNode, width: number, styleOf: (id: string | undefined) => ParaStyle): Measured {
  const pPr = child(p, 'w:pPr');
  const st = styleOf(pPr ? (attrsOf(child(pPr, 'w:pStyle') ?? {})['w:val'] as string | undefined) : undefined);
  const spacing = pPr ? attrsOf(child(pPr, 'w:spacing') ?? {}) : {};
  const text = paragraphText(p);
  const size = text.size ?? st.size;
  // A line breaks before the word that does not fit: on average it is shorter than the width by half a word or so.
  const usable = Math.max(width - WRAP_EMS * size, 2 * size);
  const lines = text.segments.reduce((n, chars) => n + Math.max(1, Math.ceil((chars * size * EM_PER_CHAR) / usable)), 0);
  const after = spacing['w:after'] !== undefined ? Number(spacing['w:after']) / 20 : st.after;
  const before = spacing['w:before'] !== undefined ? Number(spacing['w:before']) / 20 : st.before;
  return {
    height: lines * size * EM_PER_LINE * st.line + after,
    before,
    pageBreakBefore: !!pPr && child(pPr, 'w:pageBreakBefore') !== undefined,
    keepNext: st.keepNext || (!!pPr && child(pPr, 'w:keepNext') !== undefined),
    bookmarks: text.bookmarks,
  };
}

/** Lays the body out coarsely: the page (counted from 1) of every `_Toc` bookmark. */
export function fastPageNumbers(body: XmlNode, s: PagedStyle): Map<string, string> {
  const styleOf = paragraphStyles(s);
  const pages = new Map<string, string>();
  const blocks = kids(body);
  // Sections end with the paragraph holding their w:sectPr (or the body's own, last).
  const sections: { blocks: XmlNode[]; width: number; height: number }[] = [];
  let current: XmlNode[] = [];
  const close = (sectPr: XmlNode | undefined) => {
    const size = attrsOf(child(sectPr ?? {}, 'w:pgSz') ?? {});
    const margin = attrsOf(child(sectPr ?? {}, 'w:pgMar') ?? {});
    const w = Number(size['w:w'] ?? s.page.widthTwips);
    const h = Number(size['w:h'] ?? s.page.heightTwips);
    sections.push({
      blocks: current,
      width: (w - Number(margin['w:left'] ?? s.page.marginSideTwips) - Number(margin['w:right'] ?? s.page.marginSideTwips)) / 20,
      height: (h - Number(margin['w:top'] ?? s.page.marginTopTwips) - Number(margin['w:bottom'] ?? s.page.marginBottomTwips)) / 20,
    });
    current = [];
  };
  for (const b of blocks) {
    const name = nameOf(b);
    if (name === 'w:sectPr') continue;
    current.push(b);
    const sectPr = name === 'w:p' ? child(child(b, 'w:pPr') ?? {}, 'w:sectPr') : undefined;
    if (sectPr) close(sectPr);
  }
  close(blocks.find((b) => nameOf(b) === 'w:sectPr'));

  let page = 0;
  for (const section of sections) {
    page++;
    let y = 0;
    const room = section.height;
    const newPage = () => {
      page++;
      y = 0;
    };
    const place = (m: Measured, nextHeight: number) => {
      if (m.pageBreakBefore && y > 0) newPage();
      const before = y === 0 ? 0 : m.before;
      const need = before + m.height + (m.keepNext ? nextHeight : 0);
      if (y > 0 && y + need > room) newPage();
      for (const name of m.bookmarks) pages.set(name, String(page));
      y += (y === 0 ? 0 : m.before) + m.height;
    };
    const flat: XmlNode[] = [];
    const flatten = (n: XmlNode) => {
      const name = nameOf(n);
      if (name === 'w:sdt' || name === 'w:sdtContent') for (const c of kids(n)) flatten(c);
      else if (name === 'w:p' || name === 'w:tbl') flat.push(n);
    };
    for (const b of section.blocks) flatten(b);
    const heights = flat.map((b) => (nameOf(b) === 'w:p' ? measureParagraph(b, section.width, styleOf) : undefined));
    const rowsOf = new Map<XmlNode, ReturnType<typeof tableRows>>();
    const measuredRows = (t: XmlNode) => {
      let rows = rowsOf.get(t);
      if (!rows) rowsOf.set(t, (rows = tableRows(t, styleOf)));
      return rows;
    };
    const firstRow = (t: XmlNode) => measuredRows(t)[0]?.height ?? 0;
    flat.forEach((b, i) => {
      const next = flat[i + 1];
      const nextHeight = next === undefined ? 0 : nameOf(next) === 'w:p' ? (heights[i + 1]?.height ?? 0) : firstRow(next) * 2;
      const m = heights[i];
      if (m) return place(m, Math.min(nextHeight, room / 3));
      const rows = measuredRows(b);
      const header = rows[0]?.header ? rows[0].height : 0;
      rows.forEach((r, ri) => {
        if (y > 0 && y + r.height > room) {
          newPage();
          if (ri > 0) y += header;
        }
        for (const name of r.bookmarks) pages.set(name, String(page));
        y += r.height;
      });
    });
  }
  return pages;
}

/** A table's rows: height (points, cell margins and borders included), header or not, bookmarks. */
function tableRows(t: XmlNode, styleOf: (id: string | undefined) => ParaStyle): { height: number; header: boolean; bookmarks: string[] }[] {
  const grid = kids(child(t, 'w:tblGrid') ?? {}).map((g) => Number(attrsOf(g)['w:w']) / 20);
  const cellMargin = 4; // top and bottom margins of 40 twips
  return kids(t)
    .filter((r) => nameOf(r) === 'w:tr')
    .map((r) => {
      let col = 0;
      let height = 0;
      const bookmarks: string[] = [];
      const trPr = child(r, 'w:trPr');
      for (const c of kids(r).filter((k) => nameOf(k) === 'w:tc')) {
        const span = Number(attrsOf(child(child(c, 'w:tcPr') ?? {}, 'w:gridSpan') ?? {})['w:val'] ?? 1);
        const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0) - 10;
        col += span;
        let h = 0;
        // Rotated text runs along the row's height, which the row states (w:trHeight).
        const rotated = attrsOf(child(child(c, 'w:tcPr') ?? {}, 'w:textDirection') ?? {})['w:val'] === 'btLr';
        if (!rotated) for (const p of kids(c).filter((k) => nameOf(k) === 'w:p')) {
          const m = measureParagraph(p, width, styleOf);
          h += (h === 0 ? 0 : m.before) + m.height;
          bookmarks.push(...m.bookmarks);
        }
        height = Math.max(height, h);
      }
      const least = Number(attrsOf(child(trPr ?? {}, 'w:trHeight') ?? {})['w:val'] ?? 0) / 20;
      return { height: Math.max(height + cellMargin + 0.5, least), header: !!trPr && child(trPr, 'w:tblHeader') !== undefined, bookmarks };
    });
}

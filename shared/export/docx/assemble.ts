import { estimatePageNumbersWith } from 'docx/layout';
import { Document, PageOrientation, Paragraph, TableOfContents, type FileChild, type ISectionOptions } from 'docx';
import { REVIEW_COPY_KIND, REVIEW_PROPERTIES } from '../../review/anchors';
import { cleanText, wordDateTime } from '../text';
import type { Chunk } from './chapter';
import { blankFooter, blankHeader, runningFooter, runningHeader } from './cover';
import type { DocxContext } from './context';
import { plainRuns } from './redline';
import { documentStyles, STYLE_IDS } from './styles';

/** A built Word document, ready to pack: the document and the parts written as we write them. */
export interface BuiltDocx {
  document: Document;
  /** Parts that replace docx's own: the core properties, with dates from `now` (docx would read the clock). */
  overrides: { path: string; data: string }[];
  /** Number of Word comments (threads and replies) in the document. */
  comments: number;
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
  const document = new Document({
    title: cleanText(props.title),
    subject: cleanText(props.subject),
    creator: cleanText(props.creator),
    lastModifiedBy: cleanText(props.creator),
    keywords,
    description: props.description ? cleanText(props.description) : undefined,
    styles: documentStyles(ctx.style),
    comments: { children: ctx.comments.comments },
    customProperties: reviewProperties(ctx, props.credentialId),
    features: ctx.baseline ? { trackRevisions: true } : undefined,
    pageNumbers: ctx.pageNumbers ? PAGE_NUMBERS : undefined,
    sections,
  });
  return {
    document,
    overrides: [{ path: 'docProps/core.xml', data: coreXml(props, keywords, ctx.now) }],
    comments: ctx.comments.comments.length,
  };
}

/**
 * Lays the pages out as Word would, so the contents show page numbers before Word updates
 * the field (LibreOffice and pandoc never update it). `guess` keeps going past text the
 * layout cannot measure exactly (emoji, scripts missing from its width tables).
 */
const PAGE_NUMBERS = estimatePageNumbersWith({ guess: true });

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml, with the dates of `now` so that the same input gives the same document. */
function coreXml(p: Properties, keywords: string, now: Date): string {
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
    el('cp:lastModifiedBy', p.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

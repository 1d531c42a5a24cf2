import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { RTL_CHAR, startsRightToLeft } from './scripts';

/*
 * Right-to-left text in a finished Word package.
 *
 * Arabic or Hebrew text can come from any field, so rather than teach every builder about
 * direction, the packed document is finished in one place: a run holding right-to-left
 * letters gets `<w:rtl/>` (Word then shapes and orders it as complex script, in the `cs`
 * font), and a paragraph whose first letter is right-to-left gets `<w:bidi/>` (it reads
 * from the right, as its writer expects). English paragraphs that quote an Arabic word keep
 * their left-to-right direction. Only a document that holds such letters is rewritten.
 */

/** Parts whose paragraphs carry user text. */
const PARTS = /^word\/(document|header\d*|footer\d*|comments)\.xml$/;

const PARAGRAPH = /<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g;
const RUN = /<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g;
const TEXT = /<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g;

/** Children of w:pPr that come after w:bidi in the schema's sequence (CT_PPrBase, then rPr, sectPr, pPrChange). */
const AFTER_BIDI = /<w:(?:adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)[\s/>]/;
/** Children of w:rPr that come after w:rtl (CT_RPr's sequence, then rPrChange). */
const AFTER_RTL = /<w:(?:cs|em|lang|eastAsianLayout|specVanish|oMath|rPrChange)[\s/>]/;

const textOf = (xml: string): string => {
  let text = '';
  for (const m of xml.matchAll(TEXT)) text += m[1];
  return text;
};

/** Adds `child` to the properties element `props` (w:pPr or w:rPr) of an element, creating it when absent, before the first sibling that must follow it. */
function withProperty(element: string, props: 'w:pPr' | 'w:rPr', child: string, after: RegExp): string {
  const open = element.indexOf('>') + 1;
  const start = element.indexOf(`<${props}>`, open);
  // The properties are the element's first child when present.
  if (start !== open) return `${element.slice(0, open)}<${props}>${child}</${props}>${element.slice(open)}`;
  const end = element.indexOf(`</${props}>`, start);
  const inner = element.slice(start + props.length + 2, end);
  const at = inner.search(after);
  const placed = at < 0 ? inner + child : inner.slice(0, at) + child + inner.slice(at);
  return element.slice(0, start + props.length + 2) + placed + element.slice(end);
}

/** One part's XML with right-to-left runs and paragraphs marked. */
export function markRightToLeft(xml: string): string {
  if (!RTL_CHAR.test(xml)) return xml;
  return xml.replace(PARAGRAPH, (p) => {
    if (!RTL_CHAR.test(p)) return p;
    const runs = p.replace(RUN, (r) => (RTL_CHAR.test(textOf(r)) ? withProperty(r, 'w:rPr', '<w:rtl/>', AFTER_RTL) : r));
    return startsRightToLeft(textOf(p)) ? withProperty(runs, 'w:pPr', '<w:bidi/>', AFTER_BIDI) : runs;
  });
}

/** A packed .docx with the right-to-left text of its parts marked; the same bytes when it has none. */
export function finishRightToLeft(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  let changed = false;
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    if (!PARTS.test(path)) {
      out[path] = data;
      continue;
    }
    const xml = strFromU8(data);
    const marked = markRightToLeft(xml);
    changed ||= marked !== xml;
    out[path] = marked === xml ? data : strToU8(marked);
  }
  return changed ? zipSync(out) : docx;
}

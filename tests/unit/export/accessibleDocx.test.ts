import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE, exportCatalogue, exportSpecification } from '../../../shared/export';
import type { McredDocument } from '../../../shared/model';
import { all, ancestor, first, readDocx, text, type DocxParts, type El } from './helpers/docx';
import { ID, NOW, sampleDoc, sampleParts } from './helpers/fixtures';

/** WCAG 2.1 AA / EN 301 549 checks of the Word documents, read from their XML. */

const catalogueParts = async () => readDocx(await exportCatalogue(sampleDoc(), [ID.credential.analyst, ID.credential.cloud], { now: NOW }));
const bodyOf = (parts: DocxParts) => first(parts.xml('word/document.xml'), 'w:body')!;
const runDefaults = (parts: DocxParts) => first(first(parts.xml('word/styles.xml'), 'w:docDefaults')!, 'w:rPrDefault')!;

/** A copy of the example map whose credentials are taught in `language`. */
function inLanguage(language: string): McredDocument {
  const doc = structuredClone(sampleDoc());
  for (const e of Object.values(doc.entities)) if (e.kind === 'credential') (e as { language: string }).language = language;
  return doc;
}

describe.each([
  ['the specification', () => sampleParts()],
  ['the catalogue', catalogueParts],
])('%s is accessible', (_name, partsOf) => {
  it('states its language in the run defaults and the document properties', async () => {
    const parts = await partsOf();
    const credential = sampleDoc().entities[ID.credential.analyst] as { language: string };
    expect(first(runDefaults(parts), 'w:lang')?.attrs['w:val']).toBe(credential.language);
    expect(parts.raw('docProps/core.xml')).toContain(`<dc:language>${credential.language}</dc:language>`);
  });

  it('uses real heading styles, in order, without skipped levels', async () => {
    const parts = await partsOf();
    const styles = all(parts.xml('word/styles.xml'), 'w:style');
    for (const level of [1, 2, 3]) {
      const style = styles.find((s) => s.attrs['w:styleId'] === `Heading${level}`)!;
      expect(first(style, 'w:name')?.attrs['w:val']?.toLowerCase()).toBe(`heading ${level}`);
      expect(first(style, 'w:outlineLvl')?.attrs['w:val'], `Heading ${level}`).toBe(String(level - 1));
    }
    const levels = all(bodyOf(parts), 'w:p')
      .filter((p) => !ancestor(p, 'w:sdt'))
      .flatMap((p) => {
        const m = /^Heading(\d)$/.exec(first(p, 'w:pStyle')?.attrs['w:val'] ?? '');
        return m ? [Number(m[1])] : [];
      });
    expect(levels.length).toBeGreaterThan(5);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i + 1}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    // No paragraph outside the heading styles is given an outline level of its own.
    expect(all(bodyOf(parts), 'w:outlineLvl')).toEqual([]);
  });

  it('marks the header row of every data table, so it is read as a header and repeated on each page', async () => {
    const tables = all(bodyOf(await partsOf()), 'w:tbl');
    const withHeader = tables.filter((t) => {
      const row = first(t, 'w:tr')!;
      return all(row, 'w:pStyle').some((s) => s.attrs['w:val'] === 'TableHeading');
    });
    expect(withHeader.length).toBeGreaterThan(0);
    for (const t of withHeader) {
      const row = first(t, 'w:tr')!;
      expect(first(first(row, 'w:trPr') ?? row, 'w:tblHeader'), text(row)).toBeDefined();
    }
  });

  it('never carries meaning by colour alone: coloured statuses and findings are words', async () => {
    const body = bodyOf(await partsOf());
    const c = DEFAULT_STYLE.colours;
    const meaningful = new Set([c.met, c.gap, c.missing].map((x) => x.toUpperCase()));
    const coloured = all(body, 'w:r').filter((r) => meaningful.has((first(r, 'w:color')?.attrs['w:val'] ?? '').toUpperCase()));
    expect(coloured.length).toBeGreaterThan(0);
    for (const r of coloured) expect(text(r), 'a coloured run').toMatch(/[\p{L}\p{N}]/u);
    // Filled matrix cells say what the fill means.
    const filled = all(body, 'w:tc').filter((tc) => (first(tc, 'w:shd')?.attrs['w:fill'] ?? '').toUpperCase() === c.matrixMasteredFill.toUpperCase());
    for (const tc of filled) expect(text(tc).trim()).toMatch(/\bM\b/);
  });

  it('has a title and a subject in its document properties', async () => {
    const core = (await partsOf()).raw('docProps/core.xml');
    expect(core).toMatch(/<dc:title>[^<]+<\/dc:title>/);
    expect(core).toMatch(/<dc:subject>[^<]+<\/dc:subject>/);
  });

  it('gives every image a text alternative (or has none)', async () => {
    const parts = await partsOf();
    for (const file of parts.files.filter((f) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(f))) {
      const root = parts.xml(file);
      expect(all(root, 'w:pict'), file).toEqual([]);
      for (const d of all(root, 'w:drawing')) {
        const props = first(d, 'wp:docPr') as El | undefined;
        expect(props?.attrs.descr, file).toMatch(/\S/);
      }
    }
  });
});

describe('the document language follows the credentials', () => {
  it('is the credential\'s language in its specification', async () => {
    const parts = readDocx(await exportSpecification(inLanguage('fr-BE'), ID.credential.analyst, { now: NOW, pageNumbers: false }));
    expect(first(runDefaults(parts), 'w:lang')?.attrs['w:val']).toBe('fr-BE');
    expect(parts.raw('docProps/core.xml')).toContain('<dc:language>fr-BE</dc:language>');
  });

  it('is the language most credentials of the map are taught in, in a catalogue (the first credential\'s on a tie)', async () => {
    const doc = inLanguage('de');
    const ids = Object.values(doc.entities).filter((e) => e.kind === 'credential').map((e) => e.id);
    const language = async () => first(runDefaults(readDocx(await exportCatalogue(doc, ids, { now: NOW, pageNumbers: false }))), 'w:lang')?.attrs['w:val'];
    expect(await language()).toBe('de');
    // One credential in English, one in German: a tie, won by the first in map order.
    (doc.entities[ids[1]!] as { language: string }).language = 'en';
    expect(await language()).toBe('de');
    (doc.entities[ids[0]!] as { language: string }).language = 'fr';
    expect(await language()).toBe('fr');
  });
});

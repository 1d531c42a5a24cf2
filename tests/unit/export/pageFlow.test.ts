import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../../shared/export';
import { all, first, readDocx, text, type DocxParts, type El } from './helpers/docx';
import { ID, NOW, sampleDoc, sampleParts } from './helpers/fixtures';

/** How the pages break: what a reader must never find at the foot of a page, cut off from what it introduces. */

const catalogueParts = async () => readDocx(await exportCatalogue(sampleDoc(), [ID.credential.cloud, ID.credential.analyst], { now: NOW, pageNumbers: false }));

/** The body's paragraphs and tables in reading order (section-break paragraphs included). */
function blocks(parts: DocxParts): El[] {
  const body = first(parts.xml('word/document.xml'), 'w:body')!;
  return body.children.filter((c): c is El => typeof c !== 'string' && (c.name === 'w:p' || c.name === 'w:tbl'));
}

const hasHeaderRow = (tbl: El) => first(first(tbl, 'w:tr')!, 'w:tblHeader') !== undefined;
const keepsWithNext = (p: El) => first(first(p, 'w:pPr') ?? p, 'w:keepNext') !== undefined;

describe.each([
  ['the specification', () => sampleParts()],
  ['the catalogue', catalogueParts],
])('%s', (_name, partsOf) => {
  it('keeps the paragraph that introduces a table with the table, so its heading never ends a page alone', async () => {
    const list = blocks(await partsOf());
    const introductions = list.flatMap((b, i) => {
      const prev = list[i - 1];
      return b.name === 'w:tbl' && hasHeaderRow(b) && prev?.name === 'w:p' && text(prev).trim() ? [prev] : [];
    });
    expect(introductions.length).toBeGreaterThan(5);
    for (const p of introductions) expect(keepsWithNext(p), text(p)).toBe(true);
  });

  it('never splits the sign-off block across pages: each of its rows keeps with the next', async () => {
    const tables = blocks(await partsOf()).filter((b) => b.name === 'w:tbl' && text(first(b, 'w:tr')!).trim() === 'Approved by (body)');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const rows = all(t, 'w:tr');
      for (const row of rows.slice(0, -1)) expect(all(row, 'w:p').every(keepsWithNext), text(row)).toBe(true);
    }
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCatalogue, exportSpecification, runExport } from '../../../shared/export';
import { all, first, readDocx, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

const has = (cmd: string, flag = '--version') => spawnSync(cmd, [flag], { stdio: 'ignore', timeout: 30_000 }).status === 0;
const HAS_SOFFICE = has('soffice') && has('pdftotext', '-v');
if (!HAS_SOFFICE) console.warn('contentsPages.test: soffice or pdftotext is not installed; the LibreOffice check is skipped');

/** The contents entries: the heading text and the page number written after the tab (empty when left to Word). */
function contentsEntries(bytes: Uint8Array): { title: string; page: string }[] {
  const body = first(readDocx(bytes).xml('word/document.xml'), 'w:body')!;
  const toc = all(body, 'w:sdt').find((s) => first(s, 'w:docPartGallery')?.attrs['w:val'] === 'Table of Contents')!;
  return all(toc, 'w:hyperlink').map((h: El) => {
    // The page number is the result of the PAGEREF field: the text after the entry's tab.
    const runs = all(h, 'w:r');
    const tab = runs.findIndex((r) => first(r, 'w:tab'));
    return { title: runs.slice(0, tab).map((r) => text(r)).join('').replace(/\s+/g, ' ').trim(), page: runs.slice(tab + 1).map((r) => text(r)).join('').trim() };
  });
}

const spec = (options: { pageNumbers?: boolean } = {}) => exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, ...options });

describe('page numbers of the contents', () => {
  it('are written by default in a specification, increasing from the first page after the contents', async () => {
    const entries = contentsEntries(await spec());
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const e of entries) expect(e.page, e.title).toMatch(/^\d+$/);
    const pages = entries.map((e) => Number(e.page));
    expect(pages[0]).toBe(3); // cover, contents, then section 1 on a new page
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('are written by default through runExport, for docx and catalogue', async () => {
    const docx = await runExport(sampleDoc(), { format: 'docx', credentialIds: [ID.credential.analyst] }, { now: NOW });
    expect(contentsEntries(docx.bytes).every((e) => /^\d+$/.test(e.page))).toBe(true);
    const catalogue = await runExport(sampleDoc(), { format: 'catalog', statuses: 'all' }, { now: NOW });
    const entries = contentsEntries(catalogue.bytes);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.every((e) => /^\d+$/.test(e.page))).toBe(true);
  });

  it('can still be turned off (left to Word)', async () => {
    expect(contentsEntries(await spec({ pageNumbers: false })).every((e) => e.page === '')).toBe(true);
    const catalogue = await exportCatalogue(sampleDoc(), [ID.credential.analyst], { now: NOW, pageNumbers: false });
    expect(contentsEntries(catalogue).every((e) => e.page === '')).toBe(true);
  });

  describe.skipIf(!HAS_SOFFICE)('match the pages LibreOffice lays the headings out on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcred-contents-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Pages of a .docx as text, laid out by LibreOffice. */
    const pdfPages = (name: string, bytes: Uint8Array): string[] => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
      return execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).split('\f');
    };

    const check = (name: string, bytes: Uint8Array) => {
      const entries = contentsEntries(bytes);
      const pages = pdfPages(name, bytes);
      const contentsPage = pages.findIndex((p) => /^\s*Contents\s*$/m.test(p));
      expect(contentsPage).toBeGreaterThan(0);
      for (const e of entries) {
        // The contents line as LibreOffice shows it ends with the number written.
        const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
        const tocLine = pages[contentsPage]!.split('\n').find((l) => squash(l).startsWith(e.title) && /\.{3,}/.test(l));
        expect(tocLine, e.title).toBeDefined();
        expect(tocLine!.trim().endsWith(e.page), e.title).toBe(true);
        // The heading itself: a line that starts with it, after the contents.
        const real = pages.findIndex((p, i) => i > contentsPage && p.split('\n').some((l) => squash(l) === e.title || (squash(l).startsWith(e.title) && !/\.{3,}/.test(l) && squash(l).length === e.title.length)));
        expect(real, e.title).toBeGreaterThan(contentsPage);
        expect(Math.abs(real + 1 - Number(e.page)), `${e.title}: contents ${e.page}, LibreOffice ${real + 1}`).toBeLessThanOrEqual(1);
      }
    };

    it('in the specification of each credential of the example', async () => {
      for (const id of [ID.credential.analyst, ID.credential.cloud]) check(id, await exportSpecification(sampleDoc(), id, { now: NOW }));
    }, 300_000);

    it('in the catalogue', async () => {
      check('catalogue', await exportCatalogue(sampleDoc(), [ID.credential.analyst, ID.credential.cloud], { now: NOW }));
    }, 300_000);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSpecification, runExport } from '../../../shared/export';
import { markRightToLeft } from '../../../shared/export/docx/bidi';
import { dateStyleFor, formatDate, paperFor } from '../../../shared/export/locale';
import { serialiseDocument } from '../../../shared/format';
import { makeTempDir, runCli } from '../cli/support/runCli';
import type { McredDocument } from '../../../shared/model';
import { all, first, readDocx, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

const withSettings = (change: (d: McredDocument) => void): McredDocument => {
  const doc = structuredClone(sampleDoc());
  change(doc);
  return doc;
};
const inCountry = (country: string | undefined) =>
  withSettings((d) => {
    if (country === undefined) delete d.settings.country;
    else d.settings.country = country;
  });

const spec = (doc: McredDocument, options: { paper?: 'a4' | 'letter' } = {}) => exportSpecification(doc, ID.credential.analyst, { now: NOW, pageNumbers: false, ...options });
const body = async (bytes: Uint8Array) => first(readDocx(bytes).xml('word/document.xml'), 'w:body')!;
/** Width × height of every section's page, in twips, with its orientation. */
const pageSizes = (b: El) => all(b, 'w:pgSz').map((s) => `${s.attrs['w:w']}x${s.attrs['w:h']}${s.attrs['w:orient'] === 'landscape' ? ' landscape' : ''}`);

describe('the paper follows the institution', () => {
  it('is US Letter in the United States and Canada, A4 elsewhere and when no country is set', () => {
    for (const c of ['United States', 'USA', 'us', ' United States of America ', 'Canada', 'CA', 'Puerto Rico']) expect(paperFor(c), c).toBe('letter');
    for (const c of ['New Zealand', 'Australia', 'Ireland', 'United Kingdom', 'Mexico', 'Germany', '', undefined]) expect(paperFor(c), String(c)).toBe('a4');
  });

  it('sizes every section of a US specification to Letter, portrait and landscape', async () => {
    const sizes = pageSizes(await body(await spec(inCountry('United States'))));
    expect(sizes.length).toBeGreaterThan(1);
    expect(new Set(sizes)).toEqual(new Set(['12240x15840', '15840x12240 landscape']));
  });

  it('sizes a New Zealand specification to A4', async () => {
    const sizes = pageSizes(await body(await spec(inCountry('New Zealand'))));
    expect(new Set(sizes)).toEqual(new Set(['11906x16838', '16838x11906 landscape']));
  });

  it('can be chosen per export, in the request the dialog and the CLI send', async () => {
    const a4 = pageSizes(await body(await spec(inCountry('United States'), { paper: 'a4' })));
    expect(a4.every((s) => s.startsWith('11906x') || s.startsWith('16838x'))).toBe(true);
    const out = await runExport(inCountry('Ireland'), { format: 'catalog', statuses: 'all', paper: 'letter', pageNumbers: false }, { now: NOW });
    expect(pageSizes(await body(out.bytes)).every((s) => s.startsWith('12240x') || s.startsWith('15840x'))).toBe(true);
  });
});

describe('mcred export --paper', () => {
  it('refuses a paper size it does not know, naming the ones it does, and writes nothing', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      writeFileSync(join(dir, 'map.mcred'), serialiseDocument(sampleDoc()));
      const out = await runCli(['export', 'map.mcred', '--format', 'docx', '--credential', ID.credential.analyst, '--paper', 'legal', '--out', 'spec.docx'], { cwd: dir });
      expect(out.code).toBe(2);
      expect(out.stderr).toBe('mcred export: --paper must be a4 or letter\n');
      expect(existsSync(join(dir, 'spec.docx'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe('dates follow the institution', () => {
  const march = new Date('2026-03-01T09:00:00Z');
  it('writes month-first in the United States and Canada, year-first where that is usual, day-first elsewhere', () => {
    expect(formatDate(march, dateStyleFor('United States'))).toBe('March 1, 2026');
    expect(formatDate(march, dateStyleFor('Canada'))).toBe('March 1, 2026');
    expect(formatDate(march, dateStyleFor('Japan'))).toBe('2026-03-01');
    expect(formatDate(march, dateStyleFor('New Zealand'))).toBe('1 March 2026');
    expect(formatDate(march, dateStyleFor(undefined))).toBe('1 March 2026');
  });

  it('on the cover, in the footer and in the revision history', async () => {
    const us = readDocx(await spec(inCountry('United States')));
    const nz = readDocx(await spec(inCountry('New Zealand')));
    expect(text(us.xml('word/document.xml'))).toContain('March 20, 2026');
    expect(text(us.xml('word/document.xml'))).not.toContain('20 March 2026');
    expect(text(nz.xml('word/document.xml'))).toContain('20 March 2026');
    const footers = (p: typeof us) => p.files.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => text(p.xml(n))).join(' ');
    expect(footers(us)).toContain('March 20, 2026');
    expect(footers(nz)).toContain('20 March 2026');
  });
});

const ARABIC_TITLE = 'شهادة مصغرة في تحليل الأمن السيبراني';
const ARABIC_OUTCOME = 'تحليل التنبيهات الأمنية وتصنيفها حسب الخطورة';
const arabicDoc = () =>
  withSettings((d) => {
    const c = d.entities[ID.credential.analyst]!;
    if (c.kind !== 'credential') throw new Error('the example changed');
    c.title = ARABIC_TITLE;
    c.language = 'ar';
    const outcome = Object.values(d.links).find((l) => l.kind === 'part-of' && l.to === c.id)!.from;
    const o = d.entities[outcome]!;
    if (o.kind === 'outcome') o.statement = `${ARABIC_OUTCOME} (SIEM)`;
    const skill = Object.values(d.entities).find((e) => e.kind === 'skill')!;
    if (skill.kind === 'skill') skill.statement = '한국어 기술 설명';
  });

const paragraphs = (b: El) => all(b, 'w:p');
const isBidi = (p: El) => first(p, 'w:pPr') !== undefined && first(first(p, 'w:pPr')!, 'w:bidi') !== undefined;

describe('right-to-left text and characters the body font lacks', () => {
  it('gives a paragraph that starts in Arabic RTL properties, and its Arabic runs w:rtl, leaving English paragraphs alone', async () => {
    const b = await body(await spec(arabicDoc()));
    const titled = paragraphs(b).filter((p) => text(p).startsWith(ARABIC_TITLE));
    expect(titled.length).toBeGreaterThan(0);
    for (const p of titled) {
      expect(isBidi(p)).toBe(true);
      const arabicRuns = all(p, 'w:r').filter((r) => /[\u0600-\u06FF]/.test(text(r)));
      expect(arabicRuns.length).toBeGreaterThan(0);
      for (const r of arabicRuns) expect(first(first(r, 'w:rPr')!, 'w:rtl'), text(r)).toBeDefined();
    }
    const outcome = paragraphs(b).find((p) => text(p).startsWith(ARABIC_OUTCOME));
    expect(outcome && isBidi(outcome)).toBe(true);
    const english = paragraphs(b).filter((p) => /^[A-Za-z]/.test(text(p)));
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter(isBidi)).toEqual([]);
  });

  it('keeps the schema order of paragraph and run properties (Word refuses a file that does not)', () => {
    const xml =
      '<w:p><w:pPr><w:pStyle w:val="A"/><w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr>' +
      '<w:r><w:rPr><w:b/><w:sz w:val="20"/><w:lang w:val="en"/></w:rPr><w:t>عربي</w:t></w:r><w:r><w:t>text</w:t></w:r></w:p>';
    expect(markRightToLeft(xml)).toBe(
      '<w:p><w:pPr><w:pStyle w:val="A"/><w:keepNext/><w:bidi/><w:spacing w:after="0"/><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr>' +
        '<w:r><w:rPr><w:b/><w:sz w:val="20"/><w:rtl/><w:lang w:val="en"/></w:rPr><w:t>عربي</w:t></w:r><w:r><w:t>text</w:t></w:r></w:p>',
    );
    expect(markRightToLeft('<w:p><w:r><w:t>Title: שלום</w:t></w:r></w:p>')).toBe('<w:p><w:r><w:rPr><w:rtl/></w:rPr><w:t>Title: שלום</w:t></w:r></w:p>');
  });

  it('names fallback fonts for complex-script and East Asian text, and the RTL language', async () => {
    const parts = readDocx(await spec(arabicDoc()));
    const defaults = first(parts.xml('word/styles.xml'), 'w:docDefaults')!;
    const fonts = first(defaults, 'w:rFonts')!.attrs;
    expect(fonts).toMatchObject({ 'w:ascii': 'Arial', 'w:hAnsi': 'Arial', 'w:cs': 'Arial', 'w:eastAsia': 'Malgun Gothic' });
    expect(first(defaults, 'w:lang')!.attrs).toMatchObject({ 'w:bidi': 'ar' });
    // Headings name their font with the same fallbacks (one font name alone would set it for every script).
    const headingFonts = all(parts.xml('word/styles.xml'), 'w:style')
      .filter((s) => s.attrs['w:styleId'] === 'Heading1')
      .map((s) => first(s, 'w:rFonts')?.attrs['w:cs']);
    expect(headingFonts).toEqual(['Arial']);
  });

  it('leaves a document without right-to-left text byte for byte as docx packs it', async () => {
    const plain = await spec(inCountry('Ireland'));
    const xml = readDocx(plain).raw('word/document.xml');
    expect(markRightToLeft(xml)).toBe(xml);
    expect(xml).not.toContain('<w:bidi/>');
  });
});

const has = (cmd: string, flag = '--version') => spawnSync(cmd, [flag], { stdio: 'ignore', timeout: 30_000 }).status === 0;
const HAS_SOFFICE = has('soffice') && has('pdfinfo', '-v');
if (!HAS_SOFFICE) console.warn('locale.test: soffice or pdfinfo is not installed; the LibreOffice checks are skipped');

describe.skipIf(!HAS_SOFFICE)('as LibreOffice lays it out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcred-locale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const convert = (name: string, bytes: Uint8Array, to: string) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', to, '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
    return join(dir, `${name}.${to}`);
  };

  it('prints a US specification on Letter and a New Zealand one on A4', async () => {
    const info = (name: string, bytes: Uint8Array) => execFileSync('pdfinfo', [convert(name, bytes, 'pdf')], { encoding: 'utf8' });
    expect(info('us', await spec(inCountry('United States')))).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(info('nz', await spec(inCountry('New Zealand')))).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  }, 300_000);

  it('reads the Arabic title as a right-to-left paragraph', async () => {
    const flat = readFileSync(convert('arabic', await spec(arabicDoc()), 'fodt'), 'utf8');
    // The automatic paragraph style of the cover title, as LibreOffice names it.
    const title = new RegExp(`<text:(?:p|h) [^>]*text:style-name="([^"]+)"[^>]*>(?:<[^>]+>)*${ARABIC_TITLE}`).exec(flat);
    expect(title, 'the Arabic title as a paragraph').not.toBeNull();
    const style = new RegExp(`<style:style style:name="${title![1]}"[\\s\\S]*?</style:style>`).exec(flat)![0];
    expect(style).toContain('style:writing-mode="rl-tb"');
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { STANDARD_ELEMENTS, exportSpecification, scopeOf } from '../../../shared/export';
import { shareSentence } from '../../../shared/export/docx/stackability';
import { NOT_STATED, NOT_STATED_IN_LINE, reviewText } from '../../../shared/review/fields';
import { all, ancestor, first, readDocx, tableRows, tablesWithHeader, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc, sampleParts } from './helpers/fixtures';

const scope = () => scopeOf(sampleDoc(), ID.credential.analyst)!;
const bodyOf = async () => first((await sampleParts()).xml('word/document.xml'), 'w:body')!;
const LETTER = { introduced: 'I', reinforced: 'R', mastered: 'M' } as const;

/** Paragraphs styled as headings 1 and 2, with their text. */
function headings(body: El): { level: number; text: string; el: El }[] {
  return all(body, 'w:p').flatMap((p) => {
    const style = first(p, 'w:pStyle')?.attrs['w:val'];
    const m = /^Heading(\d)$/.exec(style ?? '');
    return m && !ancestor(p, 'w:sdt') ? [{ level: Number(m[1]), text: text(p).replace(/\s+/g, ' '), el: p }] : [];
  });
}

describe('the specification of one credential, read back from its XML', () => {
  it('carries the document properties: title, subject, author, keywords', async () => {
    const core = (await sampleParts()).raw('docProps/core.xml');
    expect(core).toContain('<dc:title>Cybersecurity Analyst Professional Certificate</dc:title>');
    expect(core).toMatch(/<dc:subject>Micro-credential specification NSU-CYBR-PC1, version 1\.0<\/dc:subject>/);
    expect(core).toContain('<dc:creator>Dr. Maya Chen</dc:creator>');
    expect(core).toMatch(/<cp:keywords>micro-credential; specification; NSU-CYBR-PC1; Northfield State University; EQF 6; [^<]*Validate network alerts/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-20T10:00:00Z</dcterms:created>');
  });

  it('opens with a cover: institution, title, version, status and date', async () => {
    const body = await bodyOf();
    const cover = all(body, 'w:p').slice(0, 4).map((p) => text(p));
    expect(cover).toEqual(['Northfield State University', 'Micro-credential specification', 'Cybersecurity Analyst Professional Certificate', 'Cybersecurity Workforce Micro-Credentials']);
    const details = tableRows(all(body, 'w:tbl')[0]!);
    expect(details).toContainEqual(['Version', '1.0']);
    expect(details).toContainEqual(['Status', 'In review']);
    expect(details).toContainEqual(['Date', 'March 20, 2026']);
  });

  it('lists every heading in the contents before Word updates the field', async () => {
    const body = await bodyOf();
    const toc = all(body, 'w:sdt').find((s) => first(s, 'w:docPartGallery')?.attrs['w:val'] === 'Table of Contents')!;
    expect(toc).toBeDefined();
    const entries = all(toc, 'w:p').map((p) => text(p).replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(entries).toEqual(headings(body).map((h) => h.text));
    expect(headings(body).map((h) => h.text)).toEqual(expect.arrayContaining(['1 Summary of standard elements', '3 Learning outcomes', '4 Alignment of skills and outcomes', '9 Approval and sign-off', '10 Revision history']));
  });

  it('puts "Page x of y" in the footer and the title in the header', async () => {
    const parts = await sampleParts();
    const footers = parts.files.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => parts.raw(f));
    expect(footers.some((f) => /Page <\/w:t>.*PAGE.*of <\/w:t>.*NUMPAGES/s.test(f))).toBe(true);
    const headers = parts.files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => parts.raw(f));
    expect(headers.some((h) => h.includes('Cybersecurity Analyst Professional Certificate'))).toBe(true);
  });

  it('has every EU Annex I element, mandatory and optional, labelled as such and with its value', async () => {
    const rows = tableRows(tablesWithHeader(await bodyOf(), 'Element')[0]!);
    const doc = sampleDoc();
    const s = scope();
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['EU Council Recommendation 2022, Annex I: mandatory elements', 'EU Council Recommendation 2022, Annex I: optional elements']));
    // Elements made of reviewable fields show each field as its review text (or "Not stated", "not stated" after a label), with units and labels around it.
    const shown = (el: (typeof STANDARD_ELEMENTS)[number]) =>
      el.parts
        ? el.parts(s.credential, s, doc).map((p, i, ps) => (typeof p === 'string' ? p : reviewText(s.credential, p.field) || (/:\s*$/.test(String(ps[i - 1] ?? '')) ? NOT_STATED_IN_LINE : NOT_STATED))).join('')
        : el.value(s.credential, s, doc)!;
    for (const el of STANDARD_ELEMENTS.filter((e) => e.group !== 'other')) {
      const row = rows.find((r) => r[0] === el.label);
      expect(row, el.label).toBeDefined();
      expect(row![1], el.label).toBe(shown(el).replace(/\n/g, ' '));
      expect(row![2], el.label).toContain(el.group === 'eu-mandatory' ? 'EU (mandatory)' : 'EU (optional)');
    }
    expect(rows.find((r) => r[0] === 'Notional workload (ECTS wherever possible)')![1]).toBe(
      '540 hours of notional learning; 12 US credit hours; about 19.6 ECTS credits at 27.5 hours per credit',
    );
    expect(rows.find((r) => r[0] === 'Level (and cycle) of the learning experience')![1]).toBe('EQF level 6; first cycle; national level: not stated');
    expect(rows.find((r) => r[0] === 'Form of participation in the learning activity')![1]).toBe('Online, blended, work-based');
  });

  it('states the skill requirements with framework codes and URIs, demand evidence and dated endorsements', async () => {
    const body = await bodyOf();
    const rows = tableRows(tablesWithHeader(body, 'No.').find((t) => tableRows(t)[0]![1] === 'Skill requirement')!);
    expect(rows).toHaveLength(scope().skills.length + 1);
    const alerts = rows.find((r) => r[1]!.startsWith('Validate network alerts'))!;
    expect(alerts[1]).toContain('Endorsed by Ana Lopez (Acme Security), February 16, 2026');
    expect(alerts[2]).toMatch(/^NICE\s+T1112$/);
    expect(alerts[3]).toContain('Named in 143 postings.');
    expect(rows.some((r) => r[2]!.includes('ESCO') && r[2]!.includes('http://data.europa.eu/esco/skill/'))).toBe(true);
    expect(text(body)).toContain('Endorsed by Ana Lopez (Acme Security), February 20, 2026');
  });

  it('numbers one entry per outcome, in the part-of order, with its Bloom level and assessments', async () => {
    const rows = tableRows(tablesWithHeader(await bodyOf(), 'No.').find((t) => tableRows(t)[0]![1] === 'Learning outcome')!);
    const s = scope();
    expect(rows.slice(1).map((r) => r[0])).toEqual(s.outcomes.map((o) => o.label));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['LO1', 'LO2', 'LO3', 'LO4', 'LO5', 'LO6', 'LO7']);
    s.outcomes.forEach((o, i) => expect(rows[i + 1]![1]).toContain(o.outcome.statement));
    const lo5 = rows.find((r) => r[0] === 'LO5')!;
    expect(lo5[2]).toBe('Evaluate');
    expect(lo5[3]).toMatch(/^A\d(, A\d)*$/);
  });

  it('draws the matrix skills × outcomes with I/R/M in the right cells, on a landscape page, header repeated, rows unsplit', async () => {
    const body = await bodyOf();
    const matrix = tablesWithHeader(body, 'Skill requirement')[0]!;
    const rows = tableRows(matrix);
    const s = scope();
    expect(rows[0]).toEqual(['Skill requirement', ...s.outcomes.map((o) => o.label)]);
    let marked = 0;
    s.skills.forEach((k, i) => {
      const row = rows[i + 1]!;
      expect(row[0]).toBe(`${k.label} ${k.skill.statement}`);
      s.outcomes.forEach((o, j) => {
        const link = s.addresses.get(k.skill.id)?.get(o.outcome.id);
        expect(row[j + 1], `${k.label} × ${o.label}`).toBe(link ? LETTER[link.level] : '');
        if (link) marked++;
      });
    });
    expect(marked).toBeGreaterThan(10);
    const trs = all(matrix, 'w:tr');
    expect(first(trs[0]!, 'w:tblHeader')).toBeDefined();
    expect(trs.every((tr) => first(tr, 'w:cantSplit'))).toBe(true);
    // The section that ends after the matrix is landscape; the one before it is portrait.
    const blocks = body.children.filter((c): c is El => typeof c !== 'string');
    const at = blocks.indexOf(matrix);
    const sectionEnd = blocks.slice(at).find((b) => first(b, 'w:sectPr'));
    expect(first(first(sectionEnd!, 'w:sectPr')!, 'w:pgSz')!.attrs['w:orient']).toBe('landscape');
    const before = blocks.slice(0, at).reverse().find((b) => first(b, 'w:sectPr'));
    expect(first(first(before!, 'w:sectPr')!, 'w:pgSz')!.attrs['w:orient']).toBe('portrait');
  });

  it('gives the assessment plan with weighting, supervision and identity verification', async () => {
    const rows = tableRows(tablesWithHeader(await bodyOf(), 'No.').find((t) => tableRows(t)[0]![1] === 'Assessment')!);
    const lab = rows.find((r) => r[1]!.startsWith('Practical lab examination'))!;
    expect(lab.slice(3)).toEqual([expect.stringMatching(/^LO\d/), '25%', 'Online proctored', 'Photo ID']);
    expect(text(await bodyOf())).toContain('The weightings add up to 100%. Every outcome is assessed.');
  });

  it('works out the workload: contact + self-study = total against credits × hours per credit', async () => {
    const body = text(await bodyOf());
    expect(body).toContain('180 contact hours + 360 self-study hours = 540 hours.');
    expect(body).toContain('12 US credit hours × 45 hours per credit = 540 hours.');
    expect(body).toContain('The figures agree: 540 hours.');
  });

  it('shows the stackability pathway, the readiness results per profile and the revision history', async () => {
    const body = await bodyOf();
    const programs = tableRows(tablesWithHeader(body, 'Program')[0]!);
    expect(programs[1]!.slice(0, 3)).toEqual(['B.S. in Cybersecurity', expect.stringMatching(/^Bachelor.s degree$/), '12 US credit hours']);
    const readiness = tableRows(tablesWithHeader(body, 'Profile or check')[0]!);
    expect(readiness.map((r) => r[0])).toEqual(['Profile or check', 'EU Council Recommendation 2022 (Annex I)', 'US credit-hour practice', 'Quality of the learning outcomes', 'Alignment and coverage', 'Review cycle']);
    expect(readiness[1]![2]).toBe('None');
    const history = tableRows(tablesWithHeader(body, 'Date')[0]!);
    expect(history.some((r) => r[1]!.includes('Named revision “Sent to faculty review”') && r[2] === 'Dr. Maya Chen')).toBe(true);
  });

  it('says what share of each program the recognised credit is, with the article before the program', async () => {
    const paragraphs = all(await bodyOf(), 'w:p').map((p) => text(p));
    expect(paragraphs).toContain('Recognised credit amounts to 10% of the B.S. in Cybersecurity.');
    expect(shareSentence([{ percent: 10, title: 'B.S.' }])).toBe('Recognised credit amounts to 10% of the B.S.');
    expect(shareSentence([{ percent: 12.5, title: 'The Graduate Diploma in Data' }, { percent: 2.5, title: 'B.S. in Cybersecurity' }, { percent: 20 / 3, title: 'MBA' }])).toBe(
      'Recognised credit amounts to 12.5% of The Graduate Diploma in Data, 2.5% of the B.S. in Cybersecurity and 6.67% of the MBA.',
    );
  });

  it("makes each skill's framework source a link of the same kind as the web page: one relationship per address", async () => {
    const bytes = await exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, pageNumbers: false });
    const table = tablesWithHeader(first(readDocx(bytes).xml('word/document.xml'), 'w:body')!, 'No.').find((t) => text(all(all(t, 'w:tr')[0]!, 'w:tc')[2]!) === 'Framework source')!;
    const sources = all(table, 'w:tr').slice(1).map((r) => all(r, 'w:tc')[2]!);
    const links = sources.flatMap((c) => all(c, 'w:hyperlink'));
    expect(links.length).toBeGreaterThan(0);
    const rels = readDocx(bytes).raw('word/_rels/document.xml.rels');
    for (const l of links) {
      const id = l.attrs['r:id'];
      expect(id).toMatch(/^rIdWebLink\d+$/);
      expect(rels).toContain(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${text(l)}" TargetMode="External"/>`);
    }
    // One relationship per address: the same address gets the same id.
    const idOf = new Map<string, string>();
    for (const l of links) expect(idOf.get(text(l)) ?? idOf.set(text(l), l.attrs['r:id']!).get(text(l))).toBe(l.attrs['r:id']);
    // No HYPERLINK field codes are left anywhere in the document.
    expect(readDocx(bytes).raw('word/document.xml')).not.toContain('HYPERLINK');
  });

  it('makes the web page a link (an http(s) address only), in the link colour and underlined', async () => {
    const withUrl = (url: string) => {
      const doc = structuredClone(sampleDoc());
      (doc.entities[ID.credential.analyst] as { url?: string }).url = url;
      return exportSpecification(doc, ID.credential.analyst, { now: NOW, pageNumbers: false });
    };
    const webPage = async (bytes: Uint8Array) => {
      const table = tablesWithHeader(first(readDocx(bytes).xml('word/document.xml'), 'w:body')!, 'Element')[0]!;
      return all(table, 'w:tr').find((r) => text(all(r, 'w:tc')[0]!) === 'Web page')!;
    };
    const url = 'https://www.northfield.edu/cybersecurity/analyst-certificate';
    const bytes = await withUrl(url);
    const value = all(await webPage(bytes), 'w:tc')[1]!;
    // A w:hyperlink to an external relationship, with an id that is the same in every export.
    const links = all(value, 'w:hyperlink');
    expect(links.map((l) => [l.attrs['r:id'], text(l)])).toEqual([['rIdWebLink1', url]]);
    expect(readDocx(bytes).raw('word/_rels/document.xml.rels')).toContain(`<Relationship Id="rIdWebLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}" TargetMode="External"/>`);
    const rels = (b: Uint8Array) => readDocx(b).raw('word/_rels/document.xml.rels');
    expect(rels(await withUrl(url))).toBe(rels(bytes));
    const shown = all(links[0]!, 'w:r')[0]!;
    expect(first(shown, 'w:u')?.attrs['w:val']).toBe('single');
    expect(first(shown, 'w:color')?.attrs['w:val']).toBe('2E74B5');
    // Not a web address (the schema refuses one, an older file may hold one): plain text.
    const plain = all((await webPage(await withUrl('www.northfield.edu/cyber'))), 'w:tc')[1]!;
    expect(text(plain)).toBe('www.northfield.edu/cyber');
    expect(all(plain, 'w:hyperlink')).toHaveLength(0);
    expect(all(plain, 'w:u')).toHaveLength(0);
  });

  it('leaves no section empty: each heading is followed by content', async () => {
    const body = await bodyOf();
    const blocks = body.children.filter((c): c is El => typeof c !== 'string');
    const hs = headings(body);
    for (const h of hs) {
      const next = blocks[blocks.indexOf(h.el) + 1];
      expect(next, h.text).toBeDefined();
      expect(next!.name === 'w:tbl' || text(next!).trim().length > 0 || /^Heading/.test(first(next!, 'w:pStyle')?.attrs['w:val'] ?? ''), h.text).toBe(true);
    }
  });
});

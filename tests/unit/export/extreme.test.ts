import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis';
import { exportCatalogue, exportSpecification } from '../../../shared/export';
import { MAX_MATRIX_COLUMNS, matrixParts } from '../../../shared/export/docx/matrix';
import { NO_OUTCOMES } from '../../../shared/export/docx/outcomes';
import { serialiseDocument } from '../../../shared/format';
import type { Credential, McredDocument } from '../../../shared/model';
import { apply, makeAssessment, makeCredential, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';
import { makeTempDir, runCli } from '../cli/support/runCli';
import { all, first, readDocx, tableRows, tablesWithHeader, text, type El } from './helpers/docx';
import { NOW } from './helpers/fixtures';

/** Empty and extreme credentials: no outcome at all, sixty outcomes, blank texts. */

const NB_HYPHEN = '\u2011';

/** A credential with no outcome (and blank texts where a label would stand). */
function emptyMap(credential: Partial<Credential> = {}): { doc: McredDocument; id: string } {
  const c = makeCredential({ id: 'mc_empty', title: 'Empty credential', ...credential });
  return { doc: makeMap({ entities: [c] }), id: c.id };
}

/**
 * A credential with sixty outcomes coded "CY-1" … "CY-60", five skills spread over them
 * and two assessments (CY-1–CY-40 and CY-41–CY-60), built through the commands.
 */
function sixtyMap(): { doc: McredDocument; id: string } {
  const c = makeCredential({ id: 'mc_sixty', title: 'Sixty outcomes', description: 'A credential with very many outcomes.' });
  let doc = makeMap({ entities: [c] });
  const outcomes = Array.from({ length: 60 }, (_, i) => makeOutcome({ id: `lo_x${i + 1}`, code: `CY-${i + 1}`, statement: `Apply technique number ${i + 1} to a realistic case`, criteria: i % 2 ? 'Applied correctly.' : undefined }));
  const skills = Array.from({ length: 5 }, (_, i) => makeSkill({ id: `sk_x${i + 1}`, statement: `Industry skill ${i + 1}` }));
  const assessments = [makeAssessment({ id: 'as_x1', title: 'Portfolio', weighting: 70 }), makeAssessment({ id: 'as_x2', title: 'Final exam', weighting: 30 })];
  for (const entity of [...outcomes, ...skills, ...assessments]) doc = apply(doc, 'entity.create', { entity });
  outcomes.forEach((o, i) => {
    doc = apply(doc, 'link.create', { link: makeLink('part-of', o, c, { order: i + 1 }) });
    doc = apply(doc, 'link.create', { link: makeLink('addresses', skills[i % 5]!, o, { level: i % 3 === 2 ? 'mastered' : 'introduced' }) });
    doc = apply(doc, 'link.create', { link: makeLink('assessed-by', o, assessments[i < 40 ? 0 : 1]!) });
  });
  return { doc, id: c.id };
}

const bodyOf = async (doc: McredDocument, id: string): Promise<El> => first(readDocx(await exportSpecification(doc, id, { now: NOW, pageNumbers: false })).xml('word/document.xml'), 'w:body')!;

/** The paragraph texts of the body (tables included). */
const paragraphs = (body: El) => all(body, 'w:p').map((p) => text(p));

describe('a credential with no learning outcome', () => {
  it('says so in the summary and in the outcomes section', async () => {
    const { doc, id } = emptyMap();
    const body = await bodyOf(doc, id);
    const summary = tableRows(tablesWithHeader(body, 'Element')[0]!);
    expect(summary.find((r) => r[0] === 'Learning outcomes')?.[1]).toBe(NO_OUTCOMES);
    const texts = paragraphs(body);
    const section = texts.findIndex((t) => /^\d+\s*Learning outcomes$/.test(t.replace(/\s+/g, ' ')));
    expect(section).toBeGreaterThan(0);
    expect(texts.slice(section + 1).find((t) => t.trim())).toBe(NO_OUTCOMES);
  });

  it('is a readiness warning on the credential', () => {
    const { doc, id } = emptyMap();
    const found = analyse(doc, { profiles: ['eu-2022'], now: NOW.getTime() }).findings.filter((f) => f.rule === 'alignment/credential-no-outcomes');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', target: id, message: expect.stringMatching(/“Empty credential” states no learning outcome/) })]);
  });

  it('makes `mcred export` warn on stderr, and still export', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      writeFileSync(join(dir, 'map.mcred'), serialiseDocument(emptyMap().doc));
      const out = await runCli(['export', 'map.mcred', '--format', 'docx', '--out', 'spec.docx'], { cwd: dir });
      expect(out.code).toBe(0);
      expect(out.stderr).toMatch(/^mcred export: warning: "Empty credential" \(mc_empty\) states no learning outcome/m);
      expect(strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'spec.docx'))))['word/document.xml']!)).toContain(NO_OUTCOMES);
    } finally {
      cleanup();
    }
  });
});

describe('a credential with one of each', () => {
  it('counts in the singular: one skill requirement, a catalogue of one micro-credential', async () => {
    const c = makeCredential({ id: 'mc_one', title: 'One of each' });
    const o = makeOutcome({ id: 'lo_one', statement: 'Apply the one technique to a realistic case' });
    const sk = makeSkill({ id: 'sk_one', statement: 'The one industry skill' });
    let doc = makeMap({ entities: [c] });
    for (const entity of [o, sk]) doc = apply(doc, 'entity.create', { entity });
    doc = apply(doc, 'link.create', { link: makeLink('part-of', o, c, { order: 1 }) });
    doc = apply(doc, 'link.create', { link: makeLink('addresses', sk, o, { level: 'mastered' }) });
    expect(paragraphs(await bodyOf(doc, c.id))).toContain(
      '1 skill requirement from industry frameworks and employers, essential ones first. The matrix in "Alignment of skills and outcomes" shows which outcomes develop each of them.',
    );
    const parts = readDocx(await exportCatalogue(doc, [c.id], { now: NOW, pageNumbers: false }));
    const footers = parts.files.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => text(parts.xml(f)));
    expect(footers.some((f) => f.trim().startsWith('Catalogue of 1 micro-credential · ')), footers.join(' / ')).toBe(true);
    expect(footers.join(' ')).not.toMatch(/1 micro-credentials/);
  });
});

describe('a credential with sixty outcomes', () => {
  const body = (() => {
    let memo: Promise<El> | undefined;
    return () => (memo ??= (() => {
      const { doc, id } = sixtyMap();
      return bodyOf(doc, id);
    })());
  })();

  it('splits the matrix into titled parts of at most 15 outcome columns, the skill column repeated', async () => {
    const parts = tablesWithHeader(await body(), 'Skill requirement');
    expect(parts.length).toBeGreaterThanOrEqual(4);
    const heads = parts.map((t) => tableRows(t)[0]!);
    for (const h of heads) expect(h.length - 1).toBeLessThanOrEqual(MAX_MATRIX_COLUMNS);
    expect(heads.flatMap((h) => h.slice(1))).toEqual(Array.from({ length: 60 }, (_, i) => `CY${NB_HYPHEN}${i + 1}`));
    for (const t of parts) expect(tableRows(t).slice(1).map((r) => r[0]!.replace(/ .*/, ''))).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    const texts = paragraphs(await body());
    const titles = texts.filter((t) => /^Outcomes \d+–\d+ of 60/.test(t));
    expect(titles).toHaveLength(parts.length);
    expect(titles[0]).toMatch(new RegExp(`^Outcomes 1–${heads[0]!.length - 1} of 60 \\(CY‑1–CY‑${heads[0]!.length - 1}\\), part 1 of ${parts.length}$`));
    expect(titles.at(-1)).toMatch(/^Outcomes \d+–60 of 60 \(CY‑\d+–CY‑60\)/);
  });

  it('repeats the header row of every part on each page, and never splits a row', async () => {
    const parts = tablesWithHeader(await body(), 'Skill requirement');
    expect(parts.length).toBeGreaterThan(1);
    for (const t of parts) {
      const rows = t.children.filter((c): c is El => typeof c !== 'string' && c.name === 'w:tr');
      expect(first(rows[0]!, 'w:tblHeader')).toBeDefined();
      for (const r of rows) expect(first(r, 'w:cantSplit')).toBeDefined();
    }
  });

  it('keeps every code unbroken: non-breaking hyphens in the matrix, the outcomes and the assessment plan', async () => {
    const b = await body();
    const matrixHeads = tablesWithHeader(b, 'Skill requirement').flatMap((t) => tableRows(t)[0]!.slice(1));
    for (const h of matrixHeads) expect(h).not.toContain('-');
    const outcomes = tableRows(tablesWithHeader(b, 'No.').find((t) => tableRows(t)[0]![1] === 'Learning outcome')!);
    expect(outcomes.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 60 }, (_, i) => `CY${NB_HYPHEN}${i + 1}`));
  });

  it('lists the outcomes of an assessment as ranges, not a page of codes', async () => {
    const plan = tableRows(tablesWithHeader(await body(), 'No.').find((t) => tableRows(t)[0]![1] === 'Assessment')!);
    expect(plan.slice(1).map((r) => r[3])).toEqual([`CY${NB_HYPHEN}1–CY${NB_HYPHEN}40`, `CY${NB_HYPHEN}41–CY${NB_HYPHEN}60`]);
  });
});

describe('labels with nothing to say', () => {
  it('never leaves "Purpose." or "Criteria:" followed by nothing', async () => {
    const { doc, id } = emptyMap({ description: '   ', targetAudience: '\n' });
    const o = makeOutcome({ id: 'lo_blank', statement: 'Explain the blank criteria', criteria: ' \n ' });
    let d = apply(doc, 'entity.create', { entity: o });
    d = apply(d, 'link.create', { link: makeLink('part-of', o, id, { order: 1 }) });
    const texts = paragraphs(await bodyOf(d, id));
    const bare = texts.filter((t) => /^(Purpose\.|Target audience\.|Industry need\.|Criteria:)\s*$/.test(t));
    expect(bare).toEqual([]);
    expect(texts).toContain('Purpose. Not stated');
    expect(texts).toContain('Criteria: not stated');
  });
});

describe('how the matrix is split', () => {
  const A4_LANDSCAPE = 16838 - 2 * 1134;
  it('puts the 60 outcomes "LO1" … "LO60" of an A4 landscape page in four tables of 15, headings across', () => {
    const labels = Array.from({ length: 60 }, (_, i) => `LO${i + 1}`);
    expect(matrixParts(labels, A4_LANDSCAPE)).toEqual({ parts: [0, 15, 30, 45].map((from) => ({ from, to: from + 15 })), rotate: false });
    expect(matrixParts(labels.slice(0, 6), 11906 - 2 * 1134)).toEqual({ parts: [{ from: 0, to: 6 }], rotate: false });
  });

  it('rotates long codes rather than split the matrix into many narrow tables', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `DATA-ANALYTICS-${i + 1}`);
    expect(matrixParts(labels, A4_LANDSCAPE)).toEqual({ parts: [{ from: 0, to: 12 }], rotate: true });
    // Few long codes that fit across stay across.
    expect(matrixParts(labels.slice(0, 3), A4_LANDSCAPE).rotate).toBe(false);
  });
});

describe('rotated matrix headings', () => {
  it('read bottom to top in a header row tall enough for the longest code, the code unbroken', async () => {
    const c = makeCredential({ id: 'mc_long', title: 'Long codes', description: 'Codes of a national framework.' });
    let doc = makeMap({ entities: [c] });
    const skill = makeSkill({ id: 'sk_l1', statement: 'Industry skill' });
    doc = apply(doc, 'entity.create', { entity: skill });
    for (let i = 1; i <= 12; i++) {
      const o = makeOutcome({ id: `lo_l${i}`, code: `DATA-ANALYTICS-${i}`, statement: `Analyse data set ${i}` });
      doc = apply(doc, 'entity.create', { entity: o });
      doc = apply(doc, 'link.create', { link: makeLink('part-of', o, c, { order: i }) });
      doc = apply(doc, 'link.create', { link: makeLink('addresses', skill, o, { level: 'introduced' }) });
    }
    const matrix = tablesWithHeader(await bodyOf(doc, c.id), 'Skill requirement');
    expect(matrix).toHaveLength(1);
    const header = matrix[0]!.children.find((r): r is El => typeof r !== 'string' && r.name === 'w:tr')!;
    const cells = all(header, 'w:tc');
    expect(cells).toHaveLength(13);
    expect(first(cells[0]!, 'w:textDirection')).toBeUndefined();
    for (const cell of cells.slice(1)) expect(first(cell, 'w:textDirection')?.attrs['w:val']).toBe('btLr');
    expect(text(cells[12]!)).toBe(`DATA${NB_HYPHEN}ANALYTICS${NB_HYPHEN}12`);
    // The row is at least as tall as the longest code is long (about 0.62 em a character at 9 pt).
    const height = Number(first(header, 'w:trHeight')!.attrs['w:val']);
    expect(height).toBeGreaterThanOrEqual(Math.round('DATA-ANALYTICS-12'.length * 9 * 0.62 * 20));
  });
});

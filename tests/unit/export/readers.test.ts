import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogue, exportSpecification } from '../../../shared/export';
import { ID, NOW, sampleDoc, sampleSpec } from './helpers/fixtures';
import { ARABIC, EMOJI, HEBREW, hostileMap } from './helpers/hostile';

const has = (cmd: string, flag = '--version') => spawnSync(cmd, [flag], { stdio: 'ignore', timeout: 30_000 }).status === 0;
const HAS_PANDOC = has('pandoc');
const HAS_SOFFICE = has('soffice') && has('pdfinfo', '-v');
if (!HAS_PANDOC) console.warn('readers.test: pandoc is not installed; its checks are skipped (.ci/run installs it)');
if (!HAS_SOFFICE) console.warn('readers.test: soffice or pdfinfo is not installed; the LibreOffice checks are skipped (.ci/run installs them)');

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcred-readers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const save = (name: string, bytes: Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const pandoc = (file: string) => execFileSync('pandoc', ['--track-changes=all', '-t', 'markdown', '--wrap=none', file], { encoding: 'utf8', timeout: 60_000 });

describe.skipIf(!HAS_PANDOC)('pandoc reads the exported documents', () => {
  it('finds the text, the tables, the comments, the insertions and the deletions of the redline', async () => {
    const md = pandoc(save('redline.docx', await sampleSpec({ against: ID.revision.facultyReview })));
    const doc = sampleDoc();
    expect(md).toContain('Cybersecurity Analyst Professional Certificate');
    expect(md).toMatch(/Identification of the learner/);
    expect(md).toMatch(/\|\s*No\.\s*\|\s*Learning outcome\s*\|/);
    expect(md).toMatch(/\|\s*\*\*LO1\*\*\s*\|\s*Analyse packet captures/);
    expect(md).toMatch(/\*\*S1\*\* Knowledge of cybersecurity threats\s+I\s+R\s/);
    expect(md).toContain(doc.comments[ID.comment.triageRoot]!.body.slice(0, 60));
    expect(md).toMatch(/\{\.comment-start id="\d+" author="Ana Lopez"/);
    expect(md).toMatch(/\[, including compensating controls where patching is not possible,\]\{\.insertion author="Dr\. Maya Chen" date="2026-03-09T\d\d:\d\d:\d\dZ"\}/);
    expect(md).toMatch(/\[Draft\]\{\.deletion author="Dr\. Maya Chen"/);
    expect(md).toMatch(/\[In review\]\{\.insertion author="Dr\. Maya Chen"/);
  });

  it('reads hostile text back intact', async () => {
    const { doc, credentialId, revisionId } = hostileMap();
    const md = pandoc(save('hostile.docx', await exportSpecification(doc, credentialId, { now: NOW, against: revisionId, pageNumbers: false })));
    for (const s of [ARABIC, HEBREW, EMOJI, '&amp;', 'alert']) expect(md).toContain(s);
  });
});

describe.skipIf(!HAS_SOFFICE)('LibreOffice converts the exported documents to PDF', () => {
  it('converts the specification, the hostile document and a catalogue without error', { timeout: 180_000 }, async () => {
    const { doc, credentialId, revisionId } = hostileMap();
    const files = [
      save('spec.docx', await sampleSpec({ against: ID.revision.facultyReview, pageNumbers: true })),
      save('hostile.docx', await exportSpecification(doc, credentialId, { now: NOW, against: revisionId, pageNumbers: false })),
      save('catalogue.docx', await exportCatalogue(sampleDoc(), [ID.credential.analyst, ID.credential.cloud], { now: NOW, pageNumbers: false })),
    ];
    // One LibreOffice start for all three, with a profile of its own so parallel runs do not clash.
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 170_000 });
    expect(run.status, run.stderr).toBe(0);
    const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, name)], { encoding: 'utf8' }))?.[1]);
    expect(pages('spec.pdf')).toBeGreaterThanOrEqual(10);
    expect(pages('hostile.pdf')).toBeGreaterThanOrEqual(5);
    expect(pages('catalogue.pdf')).toBeGreaterThan(pages('spec.pdf'));
    expect(readFileSync(join(dir, 'spec.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // The overview table's credential codes are not broken at a hyphen (nor anywhere else).
    const catalogue = execFileSync('pdftotext', ['-layout', join(dir, 'catalogue.pdf'), '-'], { encoding: 'utf8' });
    const overview = catalogue.slice(catalogue.indexOf('Each micro-credential is specified in a chapter of its own')).split('\f')[0]!;
    for (const code of ['NSU-CYBR-PC1', 'NSU-CYBR-MC2']) expect(overview).toMatch(new RegExp(code.replace(/-/g, '[-\u2011]')));
  });
});

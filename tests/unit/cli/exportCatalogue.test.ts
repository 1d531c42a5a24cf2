import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { makeTempDir, runCli } from './support/runCli';

// The sample: mc_analyst is in review, mc_cloud a draft.
let dir: string;
let cleanup: () => void;
const write = (doc: McredDocument) => writeFileSync(join(dir, 'map.mcred'), serialiseDocument(doc));
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  write(createSampleDocument());
});
afterEach(() => cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: dir });
const documentXml = (name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, name))))['word/document.xml']!);
const DRAFT = 'Draft — not approved';
/** A chapter heading ("1\u2002Title"): other chapters may name a credential too (stackability). */
const chapter = (title: string) => new RegExp(`>\\d+\u2002${title}<`);

describe('mcred export --format catalog --statuses', () => {
  it('takes approved and published credentials by default, and says how to include drafts when there is none', async () => {
    const out = await cli('export', 'map.mcred', '--format', 'catalog', '--out', 'c.docx');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('No micro-credential is approved or published yet; use --statuses all to include drafts.');
    expect(readdirSync(dir)).toEqual(['map.mcred']);

    const doc = createSampleDocument();
    (doc.entities['mc_cloud'] as { status: string }).status = 'approved';
    write(doc);
    expect((await cli('export', 'map.mcred', '--format', 'catalog', '--out', 'c.docx')).code).toBe(0);
    const xml = documentXml('c.docx');
    expect(xml).toMatch(chapter('Cloud Security Fundamentals'));
    expect(xml).not.toMatch(chapter('Cybersecurity Analyst Professional Certificate'));
    expect(xml).not.toContain(DRAFT);
  });

  it("takes every credential with 'all', drafts marked", async () => {
    const out = await cli('export', 'map.mcred', '--format', 'catalog', '--statuses', 'all', '--out', 'c.docx');
    expect(out.code).toBe(0);
    const xml = documentXml('c.docx');
    expect(xml).toContain('Cybersecurity Analyst Professional Certificate');
    expect(xml).toContain('Cloud Security Fundamentals');
    // Each marked by its status, in its overview row and at the top of its chapter.
    expect(xml.split(DRAFT).length - 1).toBe(2);
    expect(xml.split('In review — not approved').length - 1).toBe(2);
  });

  it('takes a list of statuses, and --credential wins over it', async () => {
    expect((await cli('export', 'map.mcred', '--format', 'catalog', '--statuses', 'in-review', '--out', 'a.docx')).code).toBe(0);
    expect(documentXml('a.docx')).toMatch(chapter('Cybersecurity Analyst Professional Certificate'));
    expect(documentXml('a.docx')).not.toMatch(chapter('Cloud Security Fundamentals'));
    expect((await cli('export', 'map.mcred', '--format', 'catalog', '--credential', 'mc_cloud', '--out', 'b.docx')).code).toBe(0);
    expect(documentXml('b.docx')).toContain(DRAFT);
  });

  it('refuses an unknown status, and statuses for a single-credential format', async () => {
    const bad = await cli('export', 'map.mcred', '--format', 'catalog', '--statuses', 'approved,final', '--out', 'c.docx');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--statuses must be 'all' or a comma-separated list/);
    const docx = await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--statuses', 'all', '--out', 'd.docx');
    expect(docx.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['map.mcred']);
  });
});

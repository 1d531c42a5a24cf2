import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';
import { makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
});
afterEach(() => cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: dir });
const documentXml = (name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, name))))['word/document.xml']!);

describe('mcred export', () => {
  it('writes a Word specification of one credential with its title and outcomes', async () => {
    const out = await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--out', 'spec.docx');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^spec\.docx: wrote docx export \(\d+ bytes\)\n$/);
    const xml = documentXml('spec.docx');
    expect(xml).toContain('Cybersecurity Analyst Professional Certificate');
    expect(readdirSync(dir).sort()).toEqual(['map.mcred', 'spec.docx']);
  });

  it('writes tracked changes against a named revision, by name', async () => {
    const out = await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--against', 'Sent to faculty review', '--out', 'redline.docx');
    expect(out.code).toBe(0);
    const xml = documentXml('redline.docx');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Dr\. Maya Chen"/);
    expect(xml).toMatch(/<w:del [^>]*w:author=/);
  });

  it('writes open data: an Open Badges 3.0 achievement and a CSV matrix', async () => {
    expect((await cli('export', 'map.mcred', '--format', 'ob3', '--credential', 'mc_analyst', '--out', 'a.json')).code).toBe(0);
    const achievement = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as { achievementType: string; name: string };
    expect(achievement).toMatchObject({ achievementType: 'MicroCredential', name: 'Cybersecurity Analyst Professional Certificate' });
    expect((await cli('export', 'map.mcred', '--format', 'csv', '--credential', 'mc_analyst', '--out', 'm.csv')).code).toBe(0);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toMatch(/\r\n/);
  });

  it('refuses an unknown format, a missing --out and an unknown credential, writing nothing', async () => {
    const bad = await cli('export', 'map.mcred', '--format', 'pdf', '--out', 'x.pdf');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of docx, catalog, ob3, ctdl, case, csv/);
    expect((await cli('export', 'map.mcred', '--format', 'docx')).stderr).toMatch(/--out PATH is required/);
    const unknown = await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_nope', '--out', 'x.docx');
    expect(unknown.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['map.mcred']);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalogue, packDocx } from '../../../shared/export/docx';
import { exportSpecification } from '../../../shared/export';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';
import type { McredDocument } from '../../../shared/model';
import { makeTempDir, runCli } from '../cli/support/runCli';
import { all, ancestor, first, readDocx, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

const REVISION = 'Sent to faculty review';
const LATER = Date.UTC(2026, 3, 1, 9, 0, 0);

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
});
afterEach(() => cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: dir, now: () => LATER });
function readMap(): McredDocument {
  const r = parseDocument(readFileSync(join(dir, 'map.mcred')));
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.doc;
}
const bodyOf = (file: string): El => first(readDocx(new Uint8Array(readFileSync(join(dir, file)))).xml('word/document.xml'), 'w:body')!;

describe('tracked changes tell the truth', () => {
  it('tracks a new outcome code everywhere it appears, by the person who set it, dated after the baseline', async () => {
    const set = await cli('set', 'map.mcred', 'lo_analyst2', 'code', 'LO2a', '--author', 'Ana Lopez');
    expect(set.stderr).toBe('');
    const out = await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--against', REVISION, '--out', 'r.docx');
    expect(out.code).toBe(0);
    const doc = readMap();
    const baseline = Object.values(doc.revisions).find((r) => r.name === REVISION)!;
    const body = bodyOf('r.docx');
    // Every w:t that holds the new code: outcomes table, the matrix's column heading and
    // legend, assessment plan and activities.
    const hits = all(body, 'w:t').filter((t) => text(t).includes('LO2a'));
    expect(hits.length).toBeGreaterThanOrEqual(5);
    const head = hits.filter((t) => ((tr) => tr && first(tr, 'w:tblHeader'))(ancestor(t, 'w:tr')));
    expect(head, 'the matrix column heading').toHaveLength(1);
    for (const t of hits) {
      const ins = ancestor(t, 'w:ins');
      expect(ins, `"${text(t)}" is not a tracked insertion`).toBeDefined();
      expect(ins!.attrs['w:author']).toBe('Ana Lopez');
      expect(new Date(ins!.attrs['w:date']!).getTime()).toBeGreaterThan(new Date(baseline.at).getTime());
    }
    // The old code is shown deleted wherever the new one is inserted, by the same change.
    const dels = all(body, 'w:delText').filter((t) => text(t, { deleted: true }) === 'LO2');
    expect(dels.length).toBeGreaterThanOrEqual(hits.length - 1);
    for (const d of dels) expect(ancestor(d, 'w:del')!.attrs['w:author']).toBe('Ana Lopez');
  });

  it('tracks a changed first code also in the range of the summary table ("LO1a–LO7")', async () => {
    expect((await cli('set', 'map.mcred', 'lo_analyst1', 'code', 'LO1a', '--author', 'Ana Lopez')).code).toBe(0);
    expect((await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--against', REVISION, '--out', 'r.docx')).code).toBe(0);
    const body = bodyOf('r.docx');
    const summary = all(body, 'w:tr').find((tr) => text(tr).startsWith('Learning outcomes') && text(tr).includes('LO7'))!;
    expect(text(summary)).toContain('(LO1a–LO7)');
    const hits = all(body, 'w:t').filter((t) => text(t).includes('LO1a'));
    expect(hits.length).toBeGreaterThanOrEqual(6);
    for (const t of hits) expect(ancestor(t, 'w:ins')?.attrs['w:author'], `"${text(t)}"`).toBe('Ana Lopez');
  });

  it('says in one sentence that an unchanged credential has no changes since the revision', async () => {
    const out = await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--against', REVISION, '--out', 'a.docx');
    expect(out.code).toBe(0);
    expect(text(bodyOf('a.docx'))).not.toContain('No changes since');
    // Against a revision taken now, nothing has changed.
    expect((await cli('revision', 'map.mcred', '--name', 'Now', '--author', 'Ana Lopez')).code).toBe(0);
    expect((await cli('export', 'map.mcred', '--format', 'docx', '--credential', 'mc_analyst', '--against', 'Now', '--out', 'b.docx')).code).toBe(0);
    const body = bodyOf('b.docx');
    expect(all(body, 'w:ins')).toHaveLength(0);
    expect(text(body)).toMatch(/No changes since "Now" \(\w+ \d{1,2}, 2026\)\./);
  });

  it('says so below the heading of each unchanged chapter of a catalogue, and only there', async () => {
    expect((await cli('revision', 'map.mcred', '--name', 'Now', '--author', 'Ana Lopez')).code).toBe(0);
    expect((await cli('set', 'map.mcred', 'lo_analyst2', 'code', 'LO2a', '--author', 'Ana Lopez')).code).toBe(0);
    const doc = readMap();
    const built = buildCatalogue(doc, ['mc_analyst', 'mc_cloud'], { now: NOW, against: 'Now' });
    const paragraphs = all(first(readDocx(await packDocx(built)).xml('word/document.xml'), 'w:body')!, 'w:p').map((p) => text(p));
    const sentences = paragraphs.map((t, i) => [t, i] as const).filter(([t]) => t.startsWith('No changes since "Now"'));
    expect(sentences).toHaveLength(1);
    expect(paragraphs[sentences[0]![1] - 1]).toMatch(/Cloud Security Fundamentals$/);
  });

  it('tracks a status change in the catalogue overview table', async () => {
    const doc = sampleDoc();
    const built = buildCatalogue(doc, [ID.credential.analyst], { now: NOW, against: ID.revision.facultyReview });
    const body = first(readDocx(await packDocx(built)).xml('word/document.xml'), 'w:body')!;
    const overview = all(body, 'w:tbl').find((t) => text(t).startsWith('No.Micro-credential'))!;
    const row = all(overview, 'w:tr')[1]!;
    expect(all(row, 'w:del').map((d) => text(d, { deleted: true }))).toContain('Draft');
    const ins = all(row, 'w:ins').find((i) => text(i) === 'In review');
    expect(ins).toBeDefined();
    expect(ins!.attrs['w:author']).toBe('Dr. Maya Chen');
    expect(ins!.attrs['w:date']).toBe(new Date(Number(doc.meta.stamps[ID.credential.analyst]!.status!.slice(0, 13))).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });

  it('leaves a redline with changes without the no-changes sentence', async () => {
    const bytes = await exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, against: ID.revision.facultyReview });
    expect(text(first(readDocx(bytes).xml('word/document.xml'), 'w:body')!)).not.toContain('No changes');
  });
});

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { buildDocx, p, run } from '../../fixtures/review/docx';
import { EXPECTED_CLO1, RUTH, scenarioDocx } from '../../fixtures/review/scenario';
import { makeTempDir, runCli } from '../cli/support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
  writeFileSync(join(dir, 'returned.docx'), scenarioDocx());
});
afterEach(() => cleanup());

const cli = (...args: string[]) => runCli(['review', 'map.mcred', ...args], { cwd: dir });
const read = (name: string): McredDocument => {
  const r = parseDocument(readFileSync(join(dir, name)));
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.doc;
};
const files = () => readdirSync(dir).sort();

describe('mcred review', () => {
  it('lists the proposed changes, comments and what was not placed, and writes nothing', async () => {
    const before = readFileSync(join(dir, 'map.mcred'));
    const out = await cli('returned.docx');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^returned\.docx: 5 proposed changes, 2 comment threads, 6 not placed\n/);
    expect(out.stdout).toMatch(/ {2}pr_[0-9a-z]+ {2}lo_analyst1\.statement by Prof\. Ruth Adeyemi, 2026-03-10T09:15:00Z\n {4}before: Analyse packet/);
    expect(out.stdout).toMatch(/comment on lo_analyst5\.statement by Tom Okafor \(resolved\): Good now\./);
    expect(out.stdout).toMatch(/not placed \(comment, Cover page\)/);
    expect(files()).toEqual(['map.mcred', 'returned.docx']);
    expect(readFileSync(join(dir, 'map.mcred')).equals(before)).toBe(true);
  });

  it('--json prints exactly changes, comments and unplaced', async () => {
    const out = await cli('returned.docx', '--json');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(json)).toEqual(['changes', 'comments', 'unplaced']);
    expect(Object.keys(json.changes![0]!)).toEqual(['id', 'entity', 'field', 'before', 'after', 'author', 'date']);
    expect(Object.keys(json.comments![0]!)).toEqual(['id', 'entity', 'field', 'author', 'date', 'text', 'replies', 'resolved']);
    expect(Object.keys(json.unplaced![0]!)).toEqual(['kind', 'text', 'where']);
    expect(json.changes).toContainEqual(expect.objectContaining({ entity: 'lo_analyst1', author: RUTH, after: EXPECTED_CLO1.ruth }));
    expect(files()).toEqual(['map.mcred', 'returned.docx']);
  });

  it('--accept ID --out FILE imports the review, accepts that change as the importer, and keeps FILE.bak', async () => {
    const listed = JSON.parse((await cli('returned.docx', '--json')).stdout) as { changes: { id: string; entity: string; author: string }[] };
    const ruth = listed.changes.find((c) => c.entity === 'lo_analyst1' && c.author === RUTH)!;
    const before = readFileSync(join(dir, 'map.mcred'));
    const out = await cli('returned.docx', '--accept', ruth.id, '--out', 'map.mcred', '--author', 'Dr. Maya Chen');
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('map.mcred: imported returned.docx: 5 new proposed changes, 3 new comments, 6 not placed; accepted 1 (by Dr. Maya Chen)\n');
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'map.mcred.bak')).equals(before)).toBe(true);
    const doc = read('map.mcred');
    expect((doc.entities.lo_analyst1 as { statement: string }).statement).toBe(EXPECTED_CLO1.ruth);
    expect(doc.proposals[ruth.id]).toMatchObject({ status: 'accepted', decidedBy: 'pe_mchen' });
    expect(Object.values(doc.reviews)).toHaveLength(1);
    expect(Object.values(doc.people).filter((x) => x.role === 'reviewer').map((x) => x.name).sort()).toEqual(['Dr. Lee Park', RUTH, 'Tom Okafor'].sort());

    // Importing the same review again adds nothing new.
    const again = await runCli(['review', 'map.mcred', 'returned.docx', '--out', 'map.mcred', '--author', 'Dr. Maya Chen'], { cwd: dir, now: () => Date.UTC(2026, 2, 2, 9) });
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/\(nothing new: imported before\): 0 new proposed changes, 0 new comments/);
    expect(Object.keys(read('map.mcred').proposals)).toHaveLength(5);
  });

  it('--accept all writes OUT and accepts every open change', async () => {
    const out = await cli('returned.docx', '--accept', 'all', '--out', 'reviewed.mcred');
    expect(out.code).toBe(0);
    expect(Object.values(read('reviewed.mcred').proposals).every((x) => x.status === 'accepted')).toBe(true);
    expect(files()).toEqual(['map.mcred', 'returned.docx', 'reviewed.mcred']);
  });

  it.each([
    ['a file that is not a .docx', () => writeFileSync(join(dir, 'returned.docx'), 'hello'), /^mcred review: returned\.docx: This file is not a Word document \(\.docx\)/],
    ['a .docx that is no review copy', () => writeFileSync(join(dir, 'returned.docx'), buildDocx({ body: p(run('x')), properties: null })), /was not exported by Micro-Credential Studio as a review copy/],
    ['a missing .docx', () => rmSync(join(dir, 'returned.docx')), /returned\.docx could not be read \(ENOENT/],
  ])('%s: the reason, exit code 2, nothing written', async (_, setup, message) => {
    setup();
    const out = await cli('returned.docx', '--accept', 'all', '--out', 'map.mcred');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
    expect(files()).not.toContain('map.mcred.bak');
  });

  it('an --accept id the review does not propose: exit code 2, nothing written', async () => {
    const out = await cli('returned.docx', '--accept', 'pr_nothere', '--out', 'map.mcred');
    expect(out).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/"pr_nothere" is not a change this review proposes.*nothing was written/) });
    expect(files()).not.toContain('map.mcred.bak');
  });

  it('--accept without --out is a usage error', async () => {
    const out = await cli('returned.docx', '--accept', 'all');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--accept needs --out OUT/);
  });

  it('is listed in mcred --help', async () => {
    const out = await runCli(['--help']);
    expect(out.stdout).toMatch(/review +list what a returned Word review copy proposes/);
  });
});

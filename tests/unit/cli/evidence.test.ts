import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument, parseDocument } from '../../../shared/format';
import type { McredDocument, Skill } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { FIXTURES, makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
  copyFileSync(join(FIXTURES, 'postings', 'postings.csv'), join(dir, 'postings.csv'));
  copyFileSync(join(FIXTURES, 'postings', 'postings.jsonl'), join(dir, 'postings.jsonl'));
});
afterEach(() => cleanup());

const readMap = (): McredDocument => {
  const r = parseDocument(readFileSync(join(dir, 'map.mcred')));
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.doc;
};
const evidence = (...args: string[]) => runCli(['evidence', 'map.mcred', ...args], { cwd: dir });

describe('mcred evidence', () => {
  it('prints the per-skill table, lists skipped rows as FILE:LINE and writes nothing without --apply', async () => {
    const before = readFileSync(join(dir, 'map.mcred'));
    const out = await evidence('postings.csv');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('postings.csv: 24 postings, 2025-01-15 to 2025-12-31');
    expect(out.stdout).toMatch(/^ +4 +17% +Skill in performing log file analysis +Acme Security, Northfield Regional Health System$/m);
    expect(out.stderr.split('\n').filter((l) => l.startsWith('postings.csv:')).map((l) => l.split(':')[1])).toEqual(['13', '14', '21', '22']);
    expect(readFileSync(join(dir, 'map.mcred')).equals(before)).toBe(true);
  });

  it('--json gives the counts, the period and the problems', async () => {
    const out = await evidence('postings.jsonl', '--json');
    expect(out.code).toBe(0);
    const j = JSON.parse(out.stdout) as { postings: number; from: string; to: string; skills: { skill: string; postings: number }[]; problems: { line: number }[]; written: boolean };
    expect([j.postings, j.from, j.to, j.written]).toEqual([4, '2025-03-01', '2025-09-30', false]);
    expect(j.skills.find((s) => s.skill === 'sk_logs')?.postings).toBe(2);
    expect(j.problems.map((p) => p.line)).toEqual([3, 5, 7]);
  });

  it('--apply records every skill\'s count as one change, with region and period, saved merge-safe', async () => {
    const out = await evidence('postings.csv', '--apply', '--region', 'Northfield metro', '--author', 'Ada Lovelace');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('map.mcred: recorded the counts of 14 skills (one change)');
    const logs = readMap().entities.sk_logs as Skill;
    expect(logs.demand).toMatchObject({ jobPostings: 4, postingsTotal: 24, from: '2025-01-15', to: '2025-12-31', region: 'Northfield metro', employers: ['Acme Security', 'Northfield Regional Health System'] });
    expect(logs.demand?.notes).toMatch(/^Postings naming the skill in the Northfield metro area[\s\S]*\n\nCounted from job postings \(postings\.csv\): matched/);
    const again = await evidence('postings.csv', '--apply', '--region', 'Northfield metro', '--author', 'Ada Lovelace');
    expect(again.stdout).toContain('nothing was written');
  });

  it('says a workbook or a PDF is not a text file instead of asking for a text column, and writes nothing', async () => {
    const before = readFileSync(join(dir, 'map.mcred'));
    writeFileSync(join(dir, 'postings.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.from('[Content_Types].xml'), Buffer.alloc(64, 0xa7)]));
    writeFileSync(join(dir, 'postings.pdf'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const xlsx = await evidence('postings.xlsx', '--apply', '--author', 'Ada Lovelace');
    expect(xlsx).toEqual({ code: 2, stdout: '', stderr: 'mcred evidence: postings.xlsx is not a text file: save it as CSV (UTF-8), TSV or JSON lines; map.mcred was not changed\n' });
    expect((await evidence('postings.pdf')).stderr).toBe('mcred evidence: postings.pdf is not a text file: save it as CSV (UTF-8), TSV or JSON lines\n');
    expect(readFileSync(join(dir, 'map.mcred')).equals(before)).toBe(true);
  });

  it('refuses clearly: a missing text column, a bad --map, no author for --apply', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'Title,Company\nAnalyst,Acme\n');
    const bad = await evidence('bad.csv');
    expect([bad.code, bad.stderr]).toEqual([2, 'mcred evidence: bad.csv: choose the column that holds the posting text (--map text=COLUMN)\n']);
    expect((await evidence('bad.csv', '--map', 'text=Title')).code).toBe(0);
    expect((await evidence('postings.csv', '--map', 'body=Description')).stderr).toMatch(/"body" is not a field/);
    const noAuthor = await runCli(['evidence', 'map.mcred', 'postings.csv', '--apply'], { cwd: dir, env: { USER: '', HOME: dir } });
    expect(noAuthor.code).toBe(2);
    expect(noAuthor.stderr).toMatch(/--author NAME/);
  });
});

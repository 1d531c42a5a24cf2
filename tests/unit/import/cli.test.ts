import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import type { McredDocument, Skill } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runCli } from '../cli/support/runCli';
import { IMPORT_FIXTURES } from './support';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');

let dir: string;
let file: string;
beforeEach(() => ({ dir, file } = mapCopy(V2, readdirSync(IMPORT_FIXTURES).map((f) => join(IMPORT_FIXTURES, f)))));

const readMap = (path = file): McredDocument => readMapFile(path);
const skills = (doc: McredDocument) => Object.values(doc.entities).filter((e): e is Skill => e.kind === 'skill');
const mcred = (...args: string[]) => runCli(['import', 'map.mcred', ...args], { cwd: dir });

describe('mcred import', () => {
  it('imports ESCO skills, saves atomically with a save record and reports the counts', async () => {
    const before = readMap();
    const out = await mcred('esco-skills.csv', '--format', 'esco');
    expect(out).toEqual({ code: 0, stdout: 'map.mcred: added 3, merged 0, skipped 0 from esco-skills.csv (esco)\n', stderr: '' });
    const after = readMap();
    const added = skills(after).filter((s) => s.source?.framework === 'ESCO');
    expect(added.map((s) => s.statement).sort()).toEqual(['SQL', 'analyse sales data', 'communicate with customers']);
    expect(Object.keys(after.saves).length).toBe(Object.keys(before.saves).length + 1);
    expect(readFileSync(file, 'utf8')).toBe(serialiseDocument(after));
    expect(readdirSync(dir).filter((f) => f.startsWith('map.mcred')).sort()).toEqual(['map.mcred', 'map.mcred.bak']);
    for (const s of added) expect(after.layout[s.id]?.x).toBe(0);
  });

  it('a second import merges everything and writes nothing when no field is empty', async () => {
    await mcred('esco-skills.csv');
    const bytes = readFileSync(file);
    const out = await mcred('esco-skills.csv', '--format', 'esco');
    expect(out.stdout).toBe('map.mcred: added 0, merged 3, skipped 0 from esco-skills.csv (esco); nothing was written\n');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect((await mcred('esco-skills.csv', '--on-duplicate', 'skip')).stdout).toBe('map.mcred: added 0, merged 0, skipped 3 from esco-skills.csv (esco); nothing was written\n');
  });

  it('counts repeated URIs in the file as skipped, and --select narrows the import', async () => {
    expect((await mcred('esco-duplicate-uri.csv')).stdout).toBe('map.mcred: added 3, merged 0, skipped 1 from esco-duplicate-uri.csv (esco)\n');
    copyFileSync(V2, file);
    expect((await mcred('esco-skills.csv', '--select', 'SALES')).stdout).toBe('map.mcred: added 1, merged 0, skipped 0 from esco-skills.csv (esco); 2 not selected\n');
  });

  it('--on-error stop (default): a malformed row aborts with exit 2 and the file untouched', async () => {
    const bytes = readFileSync(file);
    const out = await mcred('esco-ragged.csv', '--format', 'esco');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'esco-ragged.csv:6: has 5 columns, the header has 13\nmcred import: 1 malformed row in esco-ragged.csv; nothing was imported and map.mcred was not changed (--on-error skip imports the other rows)\n',
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).not.toContain('map.mcred.bak');
  });

  it('--on-error skip imports the other rows and lists the skipped ones', async () => {
    const out = await mcred('esco-ragged.csv', '--on-error', 'skip');
    expect(out).toEqual({ code: 0, stdout: 'map.mcred: added 4, merged 0, skipped 0 from esco-ragged.csv (esco)\n', stderr: 'skipped 1 malformed row:\nesco-ragged.csv:6: has 5 columns, the header has 13\n' });
  });

  it('generic CSV with --map as one comma-separated value; --json', async () => {
    const out = await mcred('employer.csv', '--format', 'csv', '--map', 'statement=Skill,group=Area,importance=Priority', '--json');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { added: number; merged: number; skipped: number; written: boolean; ids: string[] };
    expect(result).toMatchObject({ added: 3, merged: 0, skipped: 0, written: true });
    const doc = readMap();
    expect(result.ids.map((id) => [doc.entities[id]?.kind === 'skill' && doc.entities[id].statement, doc.entities[id]?.kind === 'skill' && doc.entities[id].importance])).toEqual([
      ['Write SQL queries', 'essential'],
      ['Present findings', 'optional'],
      ['SQL', 'essential'],
    ]);
  });

  it('O*NET for one occupation, and CASE', async () => {
    expect((await mcred('onet-skills.txt', '--occupation', '15-1252.00')).stdout).toBe('map.mcred: added 3, merged 0, skipped 0 from onet-skills.txt (onet)\n');
    expect((await mcred('case-package.json', '--on-error', 'skip')).stdout).toBe('map.mcred: added 3, merged 0, skipped 0 from case-package.json (case)\n');
    expect(skills(readMap()).find((s) => s.statement === 'Clean a dataset for analysis')?.group).toBe('Data handling');
  });

  it.each([
    [['onet-skills.txt', '--format', 'esco'], 'mcred import: onet-skills.txt: this looks like an O*NET Skills/Knowledge file, not an ESCO skills CSV (choose --format onet); map.mcred was not changed\n'],
    [['empty.csv'], 'mcred import: empty.csv: the format could not be recognised; choose one with --format; map.mcred was not changed\n'],
    [['empty.csv', '--format', 'csv'], 'mcred import: empty.csv: the file is empty; map.mcred was not changed\n'],
    [['missing.csv'], expect.stringMatching(/^mcred import: missing\.csv could not be read \(.*ENOENT.*\); map\.mcred was not changed\n$/) as unknown],
    [['employer.csv', '--map', 'title=Skill'], 'mcred import: --map: "title" is not a field; use statement, description, code, uri, framework, skillType, importance, group\n'],
    [['employer.csv', '--format', 'xlsx'], 'mcred import: --format must be one of esco, onet, case, csv\n'],
    [['employer.csv', '--on-error', 'ignore'], 'mcred import: --on-error must be skip or stop\n'],
  ])('refuses %j with exit 2 and leaves the file alone', async (args, stderr) => {
    const bytes = readFileSync(file);
    const out = await mcred(...(args as string[]));
    expect(out.code).toBe(2);
    expect(out.stderr).toEqual(stderr);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('is listed in help, with the --map note', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/ import +add skills from an ESCO, O\*NET, CASE or CSV/);
    expect((await runCli(['help', 'import'])).stdout).toContain('Usage: mcred import FILE SOURCE [--format esco|onet|case|csv] [--map LIST]');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { McredDocument, Skill } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runCli } from '../cli/support/runCli';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');
const FRAMEWORKS = join(FIXTURES, 'frameworks');

let dir: string;
let file: string;
beforeEach(async () => {
  ({ dir, file } = mapCopy(V2, ['esco-v1.csv', 'esco-v2.csv', 'case-v1.json', 'case-v2.json'].map((f) => join(FRAMEWORKS, f))));
  const first = await mcred('esco-v1.csv', '--release', 'ESCO v1');
  if (first.code !== 0) throw new Error(first.stderr);
});

const readMap = (path = file): McredDocument => readMapFile(path);
const esco = (doc: McredDocument) => Object.values(doc.entities).filter((e): e is Skill => e.kind === 'skill' && e.source?.framework === 'ESCO');
const mcred = (...args: string[]) => runCli(['import', 'map.mcred', ...args], { cwd: dir });

describe('mcred import --check-updates', () => {
  it('stores the release and other names on import', () => {
    const sales = esco(readMap()).find((s) => s.statement === 'analyse sales data');
    expect(sales).toMatchObject({ altLabels: ['sales analytics', 'interpret sales figures'], source: { release: 'ESCO v1' } });
  });

  it('reports each change and writes nothing', async () => {
    const bytes = readFileSync(file);
    const out = await mcred('esco-v2.csv', '--release', 'ESCO v2', '--check-updates');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\n')).toEqual([
      'map.mcred: ESCO v2 changes 4 of 7 skills mapped from ESCO',
      '  changed   “analyse sales data” — renamed to “analyse sales figures” (no outcome)',
      '  changed   “SQL” — description rewritten (no outcome)',
      '  replaced  “use spreadsheets software” — replaced by “use spreadsheet software” (no outcome)',
      '  obsolete  “draw up telex messages” — marked obsolete (no outcome)',
      '2 unchanged; 1 not in esco-v2.csv (a partial file; --full-release reports skills it lacks as removed)',
      'nothing was written (--apply flags them on the skills)',
      '',
    ]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--full-release --apply --json flags the updates, removed included, as one saved change', async () => {
    const out = await mcred('esco-v2.csv', '--release', 'ESCO v2', '--check-updates', '--full-release', '--apply', '--json', '--author', 'Ada');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { written: boolean; removalsChecked: boolean; updates: { statement: string; update: { change: string; release: string } }[] };
    expect(result).toMatchObject({ written: true, removalsChecked: true, release: 'ESCO v2', checked: 7 });
    expect(result.updates.map((u) => [u.statement, u.update.change]).sort()).toEqual([
      ['SQL', 'changed'],
      ['analyse sales data', 'changed'],
      ['draw up telex messages', 'obsolete'],
      ['operate a fax machine', 'removed'],
      ['use spreadsheets software', 'replaced'],
    ]);
    const flagged = esco(readMap()).filter((s) => s.frameworkUpdate);
    expect(flagged.map((s) => s.frameworkUpdate?.change).sort()).toEqual(['changed', 'changed', 'obsolete', 'removed', 'replaced']);
    expect(flagged[0]?.frameworkUpdate?.found).toBe('2026-03-01');
    // Flagged again: the same updates are waiting, so nothing is written.
    const again = await mcred('esco-v2.csv', '--release', 'ESCO v2', '--check-updates', '--full-release', '--apply', '--author', 'Ada');
    expect(again.stdout).toMatch(/nothing was written \(these updates were already flagged\)\n$/);
  });

  it('a CASE package is its whole framework: a missing item is reported removed without --full-release', async () => {
    await mcred('case-v1.json');
    const out = await mcred('case-v2.json', '--check-updates', '--json');
    const result = JSON.parse(out.stdout) as { release: string; updates: { update: { change: string } }[] };
    expect(result.release).toBe('Data Literacy Framework v2.0');
    expect(result.updates.map((u) => u.update.change).sort()).toEqual(['changed', 'changed', 'obsolete', 'removed', 'replaced']);
  });

  it('refuses --apply without --check-updates, changing nothing', async () => {
    const bytes = readFileSync(file);
    expect(await mcred('esco-v2.csv', '--apply')).toEqual({ code: 2, stdout: '', stderr: 'mcred import: --apply needs --check-updates\n' });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { McredDocument } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runWhileAnotherSets } from './support/runCli';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');
const ESCO = join(FIXTURES, 'import', 'esco-skills.csv');

/** Their save: another `mcred set` of an outcome's statement, made after this run read the map. */
const THEIRS = ['lo_query', 'statement', 'Theirs', '--author', 'Grace Hopper'];

const statementOf = (doc: McredDocument) => {
  const e = doc.entities.lo_query;
  return e?.kind === 'outcome' ? e.statement : undefined;
};

/**
 * Like `mcred set`, the commands that record a revision, an approval or an import merge a
 * save someone else made since they read the file (and say so) instead of refusing it.
 */
describe('mcred revision, approve and import while someone else saves the same map', () => {
  const cases: { name: string; argv: string[]; alongside?: string[]; kept: (doc: McredDocument) => unknown }[] = [
    {
      name: 'revision',
      argv: ['revision', 'map.mcred', '--name', 'Sent to faculty review', '--author', 'Ada Lovelace'],
      kept: (doc) => Object.values(doc.revisions).some((r) => r.name === 'Sent to faculty review'),
    },
    {
      name: 'approve',
      argv: ['approve', 'map.mcred', 'mc_data', '--decision', 'approved', '--body', 'Faculty Board', '--author', 'Ada Lovelace'],
      kept: (doc) => doc.entities.mc_data?.kind === 'credential' && doc.entities.mc_data.status === 'approved' && Object.keys(doc.approvals).length === 1,
    },
    {
      name: 'import',
      argv: ['import', 'map.mcred', 'esco-skills.csv', '--format', 'esco', '--author', 'Ada Lovelace'],
      alongside: [ESCO],
      kept: (doc) => Object.values(doc.entities).filter((e) => e.kind === 'skill' && e.source?.framework === 'ESCO').length === 3,
    },
  ];

  for (const c of cases) {
    it(`mcred ${c.name} keeps the other save and says what it merged`, async () => {
      const { dir, file } = mapCopy(V2, c.alongside);
      const { out, other } = await runWhileAnotherSets(c.argv, THEIRS, dir);
      expect(other.status, String(other.stderr)).toBe(0);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toMatch(/\nmap\.mcred also has someone else's save: Merged \d+ changes? from Grace Hopper\n/);
      const doc = readMapFile(file);
      expect(statementOf(doc)).toBe('Theirs');
      expect(c.kept(doc)).toBe(true);
    });
  }

  it('mcred import --json keeps stdout to the JSON and gives the merge notice on stderr', async () => {
    const { dir, file } = mapCopy(V2, [ESCO]);
    const { out } = await runWhileAnotherSets(['import', 'map.mcred', 'esco-skills.csv', '--json', '--author', 'Ada Lovelace'], THEIRS, dir);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ written: true, added: 3 });
    expect(out.stderr).toMatch(/^map\.mcred also has someone else's save: Merged/);
    expect(statementOf(readMapFile(file))).toBe('Theirs');
  });
});

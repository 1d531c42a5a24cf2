import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { FIXTURES, makeTempDir, runWhileAnotherSets, spawnCli } from './support/runCli';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-set-race-')));
afterEach(() => cleanup());

function readMap(path: string): McredDocument {
  const r = parseDocument(readFileSync(path));
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.doc;
}

const statementOf = (doc: McredDocument) => {
  const e = doc.entities.lo_query;
  return e?.kind === 'outcome' ? e.statement : undefined;
};
const titleOf = (doc: McredDocument) => {
  const e = doc.entities.mc_data;
  return e?.kind === 'credential' ? e.title : undefined;
};

/** `mcred set` run in-process whose file is saved by another `mcred set` process after it was read and before it saves. */
const setWhileAnotherSaves = (mine: string[], theirs: string[]) => runWhileAnotherSets(['set', 'map.mcred', ...mine], theirs, dir);

describe('mcred set while someone else saves the same map', () => {
  it('merges two processes editing different fields in parallel: both edits are in the file, every time', async () => {
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      const folder = join(dir, `round${round}`);
      const file = join(folder, 'map.mcred');
      mkdirSync(folder);
      copyFileSync(V2, file);
      const [a, b] = await Promise.all([
        spawnCli(['set', 'map.mcred', 'lo_query', 'statement', `Statement ${round}`, '--author', 'Ada Lovelace'], { cwd: folder, timeoutMs: 60_000 }),
        spawnCli(['set', 'map.mcred', 'mc_data', 'title', `Title ${round}`, '--author', 'Grace Hopper'], { cwd: folder, timeoutMs: 60_000 }),
      ]);
      expect(a, `round ${round}: ${a.stderr}`).toMatchObject({ code: 0, stderr: '' });
      expect(b, `round ${round}: ${b.stderr}`).toMatchObject({ code: 0, stderr: '' });
      const doc = readMap(file);
      expect(statementOf(doc), `round ${round}`).toBe(`Statement ${round}`);
      expect(titleOf(doc), `round ${round}`).toBe(`Title ${round}`);
      expect(Object.values(doc.people).map((p) => p.name)).toEqual(expect.arrayContaining(['Ada Lovelace', 'Grace Hopper']));
    }
  }, 240_000);

  it('keeps the other save of a different field and says what it merged', async () => {
    copyFileSync(V2, join(dir, 'map.mcred'));
    const { out, other } = await setWhileAnotherSaves(['lo_query', 'statement', 'Mine', '--author', 'Ada Lovelace'], ['mc_data', 'title', 'Theirs', '--author', 'Grace Hopper']);
    expect(other.status, String(other.stderr)).toBe(0);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^map\.mcred: lo_query\.statement = "Mine" \(by Ada Lovelace\)\nmap\.mcred also has someone else's save: Merged \d+ changes? from Grace Hopper\n/);
    expect(out.stdout).not.toContain('conflict');
    const doc = readMap(join(dir, 'map.mcred'));
    expect([statementOf(doc), titleOf(doc)]).toEqual(['Mine', 'Theirs']);
  });

  it('reports a conflict when both changed the same field, keeping the later change', async () => {
    copyFileSync(V2, join(dir, 'map.mcred'));
    const { out, other } = await setWhileAnotherSaves(['lo_query', 'statement', 'Mine', '--author', 'Ada Lovelace'], ['lo_query', 'statement', 'Theirs', '--author', 'Grace Hopper']);
    expect(other.status, String(other.stderr)).toBe(0);
    expect(out.code, out.stderr).toBe(0);
    // Their save was stamped by the real clock, later than this run's fixed 2026-03-01.
    expect(out.stdout).toContain('1 conflict (the later change was kept):');
    expect(out.stdout).toMatch(/map\.mcred: "Mine" \(Ada Lovelace, .*\)\n.*someone else's save: "Theirs" \(Grace Hopper, .*\)\n\s+kept: someone else's save/);
    expect(statementOf(readMap(join(dir, 'map.mcred')))).toBe('Theirs');
  });
});

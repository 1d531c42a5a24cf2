import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeStats } from '../../../electron/cli/mapStats';
import { serialiseDocument } from '../../../shared/format';
import { emptyMap, makeStatsMap } from './support/maps';
import { makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('map statistics', () => {
  const stats = computeStats(makeStatsMap());

  it('counts entities and links by kind', () => {
    expect(stats.entities).toEqual({ skill: 3, outcome: 3, assessment: 1, activity: 1, credential: 3, program: 1 });
    expect(stats.links).toEqual({ addresses: 2, 'assessed-by': 1, develops: 1, 'part-of': 2, 'stacks-into': 1, requires: 0 });
  });

  it('counts people, comments by thread state, endorsements, revisions and saves', () => {
    expect(stats).toMatchObject({ people: 2, endorsements: 1, revisions: 1, saves: 0 });
    expect(stats.comments).toEqual({ total: 3, openThreads: 1, resolvedThreads: 1 });
  });

  it('gives each credential its credits with their unit, and never adds different units', () => {
    expect(stats.credentials).toEqual([
      { id: 'mc_a', title: 'Alpha credential', credits: { value: 5, unit: 'ects' } },
      { id: 'mc_b', title: 'Beta credential', credits: { value: 10, unit: 'uk-cats' } },
      { id: 'mc_c', title: 'Gamma credential', credits: { value: 2.5, unit: 'ects' } },
    ]);
    expect(stats.creditTotals).toEqual([
      { unit: 'ects', value: 7.5 },
      { unit: 'uk-cats', value: 10 },
    ]);
  });

  it('measures coverage', () => {
    expect(stats.coverage).toEqual({
      essentialSkillsAddressed: { covered: 1, total: 2, percent: 50 },
      outcomesLinkedToSkills: { covered: 2, total: 3, percent: 66.7 },
      outcomesAssessed: { covered: 1, total: 3, percent: 33.3 },
      outcomesInCredential: { covered: 2, total: 3, percent: 66.7 },
    });
  });

  it('has no percentage when there is nothing to cover', () => {
    expect(computeStats(emptyMap()).coverage.outcomesAssessed).toEqual({ covered: 0, total: 0, percent: null });
  });
});

describe('mcred stats', () => {
  it('prints aligned tables', async () => {
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument(makeStatsMap()));
    const out = await runCli(['stats', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('map.mcred: Test map');
    const entityRows = lines.slice(lines.indexOf('Entities      count') + 1, lines.indexOf('Entities      count') + 8);
    expect(entityRows).toEqual(['  skill           3', '  outcome         3', '  assessment      1', '  activity        1', '  credential      3', '  program         1', '  total          12']);
    expect(out.stdout).toContain('  comments          3  threads: 1 open, 1 resolved');
    expect(out.stdout).toMatch(/ {2}Gamma credential\s+2\.5 {2}ECTS\n/);
    expect(out.stdout).toMatch(/ {2}total\s+7\.5 {2}ECTS\n {2}total\s+10 {2}CATS\n/);
    expect(out.stdout).toMatch(/ {2}essential skills addressed by an outcome\s+1\s+2\s+50\.0\n/);
    // Every row of a table has its numbers ending in the same column.
    const coverage = lines.slice(lines.findIndex((l) => l.startsWith('Coverage')));
    const ends = coverage.filter(Boolean).map((l) => l.length);
    expect(new Set(ends).size).toBe(1);
  });

  it('prints the same figures as JSON', async () => {
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument(makeStatsMap()));
    const out = await runCli(['stats', 'map.mcred', '--json'], { cwd: dir });
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(json).toEqual({ file: 'map.mcred', ...JSON.parse(JSON.stringify(computeStats(makeStatsMap()))) });
  });

  it('refuses a map it cannot load, with the problems and exit 2', async () => {
    writeFileSync(join(dir, 'map.mcred'), '{ "format": ');
    const out = await runCli(['stats', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^map\.mcred:1:\d+: not valid JSON/);
    expect(out.stderr).toContain('run "mcred validate map.mcred" for details');
  });
});

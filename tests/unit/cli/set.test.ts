import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { SCHEMA_VERSION, parseStamp, type McredDocument } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runCli, spawnCli } from './support/runCli';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');
const NOW = Date.UTC(2026, 2, 1, 9, 0, 0);

let dir: string;
let file: string;
beforeEach(() => ({ dir, file } = mapCopy(V2)));

const readMap = (path = file): McredDocument => readMapFile(path);

const set = (...args: string[]) => runCli(['set', 'map.mcred', ...args], { cwd: dir });

describe('mcred set', () => {
  it('changes one field, saves canonical bytes atomically and keeps the previous version as .bak', async () => {
    const before = readFileSync(file);
    const out = await set('lo_query', 'statement', 'Write SQL queries that filter, join and aggregate tables', '--author', 'Ada Lovelace');
    expect(out).toEqual({ code: 0, stdout: 'map.mcred: lo_query.statement = "Write SQL queries that filter, join and aggregate tables" (by Ada Lovelace)\n', stderr: '' });
    const doc = readMap();
    const entity = doc.entities.lo_query;
    expect(entity?.kind === 'outcome' && entity.statement).toBe('Write SQL queries that filter, join and aggregate tables');
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(serialiseDocument(doc));
    expect(readdirSync(dir).sort()).toEqual(['map.mcred', 'map.mcred.bak']);
  });

  it.each([
    ['lo_query', 'code', '007', '007'],
    ['lo_query', 'statement', '12', '12'],
    ['mc_data', 'eqfLevel', '5', 5],
    ['mc_data', 'workloadHours', '12.5', 12.5],
    ['as_project', 'weighting', '40', 40],
    ['mc_data', 'credits', '{"value":6,"unit":"uk-cats"}', { value: 6, unit: 'uk-cats' }],
    ['mc_data', 'participation', '["online","work-based"]', ['online', 'work-based']],
    ['mc_data', 'status', 'approved', 'approved'],
  ])('%s %s %s → %j', async (id, field, value, expected) => {
    const out = await set(id, field, value);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect((readMap().entities[id] as Record<string, unknown>)[field]).toEqual(expected);
  });

  it.each(['', 'null'])('VALUE %j clears an optional field and stamps the clearing', async (value) => {
    const out = await set('lo_query', 'code', value);
    expect(out.stdout).toBe('map.mcred: lo_query.code cleared (by tester, added to the people of this map)\n');
    const doc = readMap();
    expect(doc.entities.lo_query).not.toHaveProperty('code');
    expect(doc.meta.stamps.lo_query?.code).toMatch(/^\d{13}-[0-9a-z]{3}-[a-z0-9]{8}@pe_/);
  });

  it('changes the map settings when ENTITY_ID is "map"', async () => {
    const out = await set('map', 'title', 'Data querying 2026');
    expect(out.code).toBe(0);
    const doc = readMap();
    expect(doc.settings.title).toBe('Data querying 2026');
    expect(parseStamp(doc.meta.stamps.map!.title!)?.author).toBe(Object.values(doc.people).find((p) => p.name === 'tester')?.id);
  });

  it.each([
    [['mc_data', 'workloadHours', '-5'], /^mcred set: workloadHours: must not be negative; map\.mcred was not changed\n$/],
    [['mc_data', 'workloadHours', 'abc'], /workloadHours: .*expected number/],
    [['mc_data', 'credits', '{"value":5}'], /credits\.unit/],
    [['mc_data', 'title', ''], /"title" is required and cannot be cleared/],
    [['mc_data', 'language', '12'], /language: must be a language tag/],
    [['mc_data', 'colour', 'red'], /"colour" is not a field of this record/],
    [['mc_data', 'kind', 'skill'], /"kind" cannot be changed/],
    [['mc_data', 'id', 'mc_other'], /"id" cannot be changed/],
    [['mc_data', '__proto__', '{"polluted":true}'], /"__proto__" is not a field/],
    [['mc_nope', 'title', 'X'], /there is no entity "mc_nope" in this map/],
    [['map', 'creditUnit', 'furlongs'], /creditUnit: /],
    [['mc_data', 'status', 'approved', '--author', ' '], /--author " ": .*name/],
  ])('refuses %j with a clear message and exit 2, leaving the file untouched', async (args, message) => {
    const before = readFileSync(file);
    const out = await set(...args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('reuses the person named by --author (ignoring case) and records them in the stamp', async () => {
    await set('mc_data', 'status', 'approved', '--author', 'ada LOVELACE');
    const doc = readMap();
    expect(Object.keys(doc.people)).toEqual(['pe_ada']);
    expect(parseStamp(doc.meta.stamps.mc_data!.status!)?.author).toBe('pe_ada');
  });

  it('adds a new --author to the people of the map, with role "other", and stamps with their id', async () => {
    const out = await set('mc_data', 'status', 'approved', '--author', 'Grace Hopper');
    expect(out.stdout).toContain('(by Grace Hopper, added to the people of this map)');
    const doc = readMap();
    const grace = Object.values(doc.people).find((p) => p.name === 'Grace Hopper');
    expect(grace).toMatchObject({ role: 'other' });
    expect(grace!.id).toMatch(/^pe_[a-z0-9]{12}$/);
    const stamp = parseStamp(doc.meta.stamps.mc_data!.status!);
    expect(stamp).toMatchObject({ author: grace!.id, ms: NOW });
    expect(stamp!.replica).toMatch(/^[a-z0-9]{8}$/);
    expect(doc.meta.stamps[grace!.id]).toEqual({ name: expect.any(String), role: expect.any(String) });
  });

  it('defaults the author to $USER, and never to a made-up "mcred"', async () => {
    await runCli(['set', 'map.mcred', 'mc_data', 'status', 'approved'], { cwd: dir, env: { USER: 'jdoe' } });
    expect(Object.values(readMap().people).map((p) => p.name)).toContain('jdoe');
    expect((await runCli(['set', 'map.mcred', 'mc_data', 'status', 'in-review'], { cwd: dir, env: {} })).code).toBe(2);
    expect(Object.values(readMap().people).map((p) => p.name)).not.toContain('mcred');
  });

  it('stamps later than every stamp in the file, even when this clock runs behind', async () => {
    const latest = (doc: McredDocument) => Object.values(doc.meta.stamps).flatMap((f) => Object.values(f)).sort().at(-1)!;
    const before = latest(readMap());
    await runCli(['set', 'map.mcred', 'mc_data', 'status', 'approved'], { cwd: dir, now: () => 1_000 });
    const stamp = readMap().meta.stamps.mc_data!.status!;
    expect(stamp > before).toBe(true);
  });

  it('appends a save record, so that merges can find the last common save', async () => {
    await set('mc_data', 'status', 'approved');
    const saves = Object.values(readMap().saves);
    expect(saves).toHaveLength(1);
    expect(saves[0]!.stamp >= readMap().meta.stamps.mc_data!.status!).toBe(true);
  });

  it('writes nothing when the field already has the value', async () => {
    const before = readFileSync(file);
    const out = await set('mc_data', 'status', 'draft');
    expect(out).toMatchObject({ code: 0, stdout: 'map.mcred: mc_data.status already has that value; nothing was written\n' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('never writes a file it could not load', async () => {
    writeFileSync(file, '{ "format": "micro-credential-studio", ');
    const out = await set('mc_data', 'status', 'approved');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^map\.mcred:1:\d+: not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{ "format": "micro-credential-studio", ');
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('upgrades an older file when it saves it, keeping the old bytes in .bak', async () => {
    copyFileSync(join(FIXTURES, 'files', 'v1-credits-separate.mcred'), file);
    const before = readFileSync(file);
    expect((await set('mc_basics', 'status', 'in-review')).code).toBe(0);
    expect(readMap().schemaVersion).toBe(SCHEMA_VERSION);
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
  });

  it('works through the real binary', async () => {
    const out = await spawnCli(['set', 'map.mcred', 'mc_data', 'credits', '{"value":7.5,"unit":"ects"}', '--author', 'Grace Hopper'], { cwd: dir });
    expect(out).toMatchObject({ code: 0, stderr: '', timedOut: false });
    const credential = readMap().entities.mc_data;
    expect(credential?.kind === 'credential' && credential.credits).toEqual({ value: 7.5, unit: 'ects' });
  });
});

import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { SCHEMA_VERSION, parseStamp, type McredDocument } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runCli, spawnCli } from './support/runCli';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');
const V3 = join(FIXTURES, 'files', 'v3-review-cycle.mcred');
const NOW = Date.UTC(2026, 2, 1, 9, 0, 0);
const NOW_ISO = '2026-03-01T09:00:00.000Z';

let dir: string;
let file: string;
beforeEach(() => ({ dir, file } = mapCopy(V2)));

const readMap = (path = file): McredDocument => readMapFile(path);

const mcred = (...args: string[]) => runCli(args, { cwd: dir });

describe('mcred revision', () => {
  it('records a named revision (a snapshot of the content), saves atomically and keeps .bak', async () => {
    const before = readFileSync(file);
    const content = readMap();
    const out = await mcred('revision', 'map.mcred', '--name', 'Sent to faculty review', '--author', 'Ada Lovelace');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const doc = readMap();
    const revisions = Object.values(doc.revisions);
    expect(revisions).toHaveLength(1);
    const r = revisions[0]!;
    expect(r.id).toMatch(/^rv_[a-z0-9]{12}$/);
    expect(out.stdout).toBe(`map.mcred: named revision ${r.id} "Sent to faculty review" recorded (by Ada Lovelace)\n`);
    expect(r).toMatchObject({ name: 'Sent to faculty review', at: NOW_ISO, author: 'pe_ada' });
    expect(r.snapshot).toEqual({ settings: content.settings, entities: content.entities, links: content.links });
    expect(parseStamp(doc.meta.stamps[r.id]!.name!)).toMatchObject({ author: 'pe_ada', ms: NOW });
    expect(Object.values(doc.saves)).toHaveLength(1);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(readFileSync(file, 'utf8')).toBe(serialiseDocument(doc));
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['map.mcred', 'map.mcred.bak']);
  });

  it('resolves the author like set: an existing person ignoring case, else $USER, else "mcred"', async () => {
    await mcred('revision', 'map.mcred', '--name', 'One', '--author', 'ada LOVELACE');
    expect(Object.keys(readMap().people)).toEqual(['pe_ada']);
    await runCli(['revision', 'map.mcred', '--name', 'Two'], { cwd: dir, env: { USER: 'jdoe' } });
    const out = await runCli(['revision', 'map.mcred', '--name', 'Three'], { cwd: dir, env: {} });
    expect(out.stdout).toMatch(/recorded \(by mcred, added to the people of this map\)\n$/);
    const doc = readMap();
    const nameOf = (id: string) => doc.people[id]?.name;
    const byName = Object.fromEntries(Object.values(doc.revisions).map((r) => [r.name, nameOf(r.author)]));
    expect(byName).toEqual({ One: 'Ada Lovelace', Two: 'jdoe', Three: 'mcred' });
  });

  it('keeps both revisions when the name is taken, with a warning', async () => {
    copyFileSync(V3, file);
    const out = await mcred('revision', 'map.mcred', '--name', 'Sent to faculty review');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('mcred revision: warning: a revision named "Sent to faculty review" already exists (rv_facultyreview); both are kept\n');
    const named = Object.values(readMap().revisions).filter((r) => r.name === 'Sent to faculty review');
    expect(named.map((r) => r.id)).toContain('rv_facultyreview');
    expect(named).toHaveLength(2);
  });

  it.each([
    [[], /^mcred revision: --name NAME is required/],
    [['--name', '   '], /^mcred revision: --name NAME is required/],
    [['--name', 'x'.repeat(301)], /--name is longer than 300 characters; map\.mcred was not changed/],
    [['--name', 'Draft', '--author', ' '], /^mcred revision: --author " ": .*name.*; map\.mcred was not changed\n$/],
    [['--name', 'Draft', '--label', 'x'], /unknown option --label/],
  ])('refuses %j with exit 2 and leaves the file byte-identical', async (flags, message) => {
    const before = readFileSync(file);
    const out = await mcred('revision', 'map.mcred', ...flags);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('never writes a file it could not load', async () => {
    writeFileSync(file, '{ "format": "micro-credential-studio", ');
    const out = await mcred('revision', 'map.mcred', '--name', 'Draft');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^map\.mcred:1:\d+: not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{ "format": "micro-credential-studio", ');
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('works through the real binary', async () => {
    const out = await spawnCli(['revision', 'map.mcred', '--name', 'Sent to faculty review', '--author', 'Grace Hopper'], { cwd: dir });
    expect(out).toMatchObject({ code: 0, stderr: '', timedOut: false });
    const doc = readMap();
    const r = Object.values(doc.revisions)[0]!;
    expect(doc.people[r.author]?.name).toBe('Grace Hopper');
  });
});

describe('mcred revisions', () => {
  it('says so when there are none', async () => {
    expect(await mcred('revisions', 'map.mcred')).toEqual({ code: 0, stdout: 'No named revisions.\n', stderr: '' });
    const json = await mcred('revisions', 'map.mcred', '--json');
    expect(JSON.parse(json.stdout)).toEqual({ revisions: [] });
  });

  it('lists id, name, author and date, oldest first (by date, not by id or order of entry)', async () => {
    copyFileSync(V3, file);
    // Recorded last, but dated before the fixture's two revisions.
    await runCli(['revision', 'map.mcred', '--name', 'Early draft', '--author', 'Rita Howard'], { cwd: dir, now: () => Date.UTC(2026, 0, 15) });
    const added = Object.values(readMap().revisions).find((r) => r.name === 'Early draft')!;
    const before = readFileSync(file);
    const out = await mcred('revisions', 'map.mcred');
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ID +NAME +AUTHOR +DATE$/);
    expect(lines[1]).toMatch(new RegExp(`^${added.id} +Early draft +Rita Howard +2026-01-15T00:00:00.000Z$`));
    expect(lines[2]).toMatch(/^rv_facultyreview +Sent to faculty review +Dr\. Maya Chen +2026-03-02T10:00:00Z$/);
    expect(lines[3]).toMatch(/^rv_fixture2 +Approved by UCC +Dr\. Maya Chen +2026-04-10T15:00:00Z$/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('--json prints { revisions: [{ id, name, author, at }] }', async () => {
    copyFileSync(V3, file);
    const out = await mcred('revisions', 'map.mcred', '--json');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      revisions: [
        { id: 'rv_facultyreview', name: 'Sent to faculty review', author: 'Dr. Maya Chen', at: '2026-03-02T10:00:00Z' },
        { id: 'rv_fixture2', name: 'Approved by UCC', author: 'Dr. Maya Chen', at: '2026-04-10T15:00:00Z' },
      ],
    });
  });

  it('fails with exit 2 on a file it cannot load', async () => {
    const out = await mcred('revisions', 'missing.mcred');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/does not exist/);
  });
});

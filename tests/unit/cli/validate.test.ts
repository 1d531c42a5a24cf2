import { createSampleDocument } from '../../../shared/sample';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { emptyMap, makeStatsMap } from './support/maps';
import { FIXTURES, makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');

describe('mcred validate', () => {
  it('says a valid map is valid, prints its readiness and exits 0 when no readiness error remains', async () => {
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
    const out = await runCli(['validate', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/^map\.mcred: valid\n/);
    expect(out.stdout).toMatch(/map\.mcred: readiness 100\/100 against eu-2022, us-credit-hours: 0 errors, 0 warnings, \d+ notes\n$/);
  });

  it('exits 1 while readiness errors remain, naming the rule, the target and a fix', async () => {
    copyFileSync(V2, join(dir, 'map.mcred'));
    const out = await runCli(['validate', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^map\.mcred: valid \(file format 2; upgraded when next saved\)\n/);
    expect(out.stdout).toMatch(/map\.mcred: error eu-2022\/awarding-body \[mc_data\.awardingBody\]: .+ Fix: .+\n/);
  });

  it('checks the profiles named with --profile instead of the map\'s own, and refuses unknown ones', async () => {
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
    const nz = await runCli(['validate', 'map.mcred', '--profile', 'nzqa'], { cwd: dir });
    expect(nz.code).toBe(1);
    expect(nz.stdout).toMatch(/error nzqa\//);
    expect(nz.stdout).toMatch(/against nzqa:/);
    const bad = await runCli(['validate', 'map.mcred', '--profile', 'eu-2022,mars'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown profile mars \(known: eu-2022, unesco-2022, nzqa, au-nmf, us-credit-hours, house\)/);
  });

  it('notes when a valid map is in an older format', async () => {
    const out = await runCli(['validate', join(FIXTURES, 'files', 'v1-credits-separate.mcred')]);
    expect(out.stdout).toMatch(/valid \(file format 1; upgraded when next saved\)/);
  });

  it('notes when a map comes from a newer app that lets this version read it, and how many of its fields are kept', async () => {
    const text = readFileSync(join(FIXTURES, 'files', 'v4-skills-intelligence.mcred'), 'utf8')
      .replace('"schemaVersion": 4,', '"schemaVersion": 5,\n  "readableFrom": 4,')
      .replace('"title": "Cybersecurity Workforce Micro-Credentials"', '"title": "Cybersecurity Workforce Micro-Credentials",\n    "theme": "dark"');
    writeFileSync(join(dir, 'newer.mcred'), text);
    const out = await runCli(['validate', 'newer.mcred'], { cwd: dir });
    expect(out.stdout).toMatch(/valid \(file format 5 from a newer app; 1 field this version does not know is kept unchanged when saved\)/);
    writeFileSync(join(dir, 'newest.mcred'), text.replace('"readableFrom": 4', '"readableFrom": 5'));
    const refused = await runCli(['validate', 'newest.mcred'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toMatch(/newer Micro-Credential Studio \(file format 5; this version reads up to 4\)\. Update the app/);
  });

  it('prints { file, valid, problems, readiness } with --json', async () => {
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument(createSampleDocument()));
    const out = await runCli(['validate', 'map.mcred', '--json'], { cwd: dir });
    const report = JSON.parse(out.stdout) as Record<string, unknown> & { readiness: { profiles: string[]; counts: { error: number }; findings: unknown[] } };
    expect(report).toMatchObject({ file: 'map.mcred', valid: true, readable: true, problems: [] });
    expect(report.readiness.profiles).toEqual(['eu-2022', 'us-credit-hours']);
    expect(report.readiness.counts.error).toBe(0);
    expect(report.readiness.findings.length).toBeGreaterThan(0);
  });

  it('exits 1 for a readable map whose records do not fit, one FILE:LINE:COLUMN: where: what line each', async () => {
    const doc = makeStatsMap();
    const broken = { ...doc, layout: { ...doc.layout, sk_gone: { x: 1, y: 2 } } };
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument(broken));
    const out = await runCli(['validate', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^map\.mcred:\d+:\d+: layout\.sk_gone: a position is stored for "sk_gone", which does not exist\nmap\.mcred: can be repaired \(1 change\)/);
  });

  it('exits 2 for an invalid map and gives the problem as JSON with its line', async () => {
    const text = serialiseDocument(emptyMap()).replace('"title": "Test map"', '"title": 7');
    writeFileSync(join(dir, 'map.mcred'), text);
    const out = await runCli(['validate', '--json', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    const report = JSON.parse(out.stdout) as { valid: boolean; readable: boolean; problems: { code: string; path: string; line: number }[] };
    expect(report).toMatchObject({ valid: false, readable: false });
    expect(report.problems[0]).toMatchObject({ code: 'schema', path: 'settings.title', line: 6 });
  });

  it('lists at most 20 problems, then says how many more there are', async () => {
    const doc = emptyMap();
    const layout = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`sk_gone${i}`, { x: i, y: i }]));
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument({ ...doc, layout }));
    const out = await runCli(['validate', 'map.mcred'], { cwd: dir });
    const lines = out.stdout.trimEnd().split('\n');
    expect(out.code).toBe(1);
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('map.mcred: … and 5 more problems (--json lists them all)');
    expect(lines[21]).toMatch(/^map\.mcred: can be repaired \(25 changes\)/);
    const json = await runCli(['validate', 'map.mcred', '--json'], { cwd: dir });
    expect((JSON.parse(json.stdout) as { problems: unknown[] }).problems).toHaveLength(25);
  });

  it('past the few hundred problems the loader lists, says how many more it found', async () => {
    const doc = emptyMap();
    const layout = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`sk_gone${i}`, { x: i, y: i }]));
    writeFileSync(join(dir, 'map.mcred'), serialiseDocument({ ...doc, layout }));
    const out = await runCli(['validate', 'map.mcred'], { cwd: dir });
    expect(out.stdout).toContain('map.mcred: … and at least 230 more problems (--json lists 200)\n');
    expect(out.stdout).toContain('map.mcred: can be repaired (250 changes)');
    const json = JSON.parse((await runCli(['validate', 'map.mcred', '--json'], { cwd: dir })).stdout) as { problems: unknown[]; more: number };
    expect(json.problems).toHaveLength(200);
    expect(json.more).toBe(50);
  });

  it('says clearly when the file does not exist', async () => {
    const out = await runCli(['validate', 'nowhere.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/^nowhere\.mcred: ".*nowhere\.mcred" does not exist\n$/);
  });

  it('never changes the file it checks', async () => {
    copyFileSync(V2, join(dir, 'map.mcred'));
    const before = readFileSync(join(dir, 'map.mcred'));
    await runCli(['validate', 'map.mcred'], { cwd: dir });
    expect(readFileSync(join(dir, 'map.mcred')).equals(before)).toBe(true);
  });
});

describe('mcred usage', () => {
  it.each([
    [['--help'], 0, /^mcred — check, edit and merge/],
    [['help'], 0, /Commands:\n {2}validate/],
    [['help', 'set'], 0, /^Usage: mcred set FILE ENTITY_ID FIELD VALUE \[--author NAME\]/],
    [['validate', '--help'], 0, /^Usage: mcred validate FILE \[--profile LIST\] \[--json\]/],
    [['stats', '-h'], 0, /^Usage: mcred stats FILE \[--json\]/],
  ])('mcred %j prints help and exits %i', async (argv, code, pattern) => {
    const out = await runCli(argv);
    expect(out.code).toBe(code);
    expect(out.stdout).toMatch(pattern);
    expect(out.stderr).toBe('');
  });

  it.each([
    [[], 'mcred: no command given'],
    [['frobnicate'], 'mcred: there is no command "frobnicate"'],
    [['--frob'], 'mcred: unknown option --frob'],
    [['help', 'frob'], 'mcred: there is no command "frob"'],
    [['validate'], 'mcred: validate: missing FILE'],
    [['validate', 'a', 'b'], 'mcred: validate: too many arguments (b)'],
    [['validate', 'a', '--jsn'], 'mcred: validate: unknown option --jsn'],
    [['validate', 'a', '--json=yes'], 'mcred: validate: --json takes no value'],
    [['sample', '--out'], 'mcred: sample: --out needs a value (--out FILE)'],
    [['set', 'f', 'id', 'field'], 'mcred: set: missing VALUE'],
  ])('mcred %j: one clear line, the usage, exit 2', async (argv, message) => {
    const out = await runCli(argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    const [first, second, ...rest] = out.stderr.trimEnd().split('\n');
    expect(first).toBe(message);
    expect(second).toMatch(/^Usage: mcred /);
    expect(rest).toEqual([]);
  });

  it('prints the version', async () => {
    const out = await runCli(['--version']);
    expect(out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/format';
import { makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const load = (name: string) => {
  const parsed = parseDocument(readFileSync(join(dir, name)));
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return parsed.doc;
};

describe('mcred new', () => {
  it('makes an empty, valid map with the United States defaults', async () => {
    const out = await runCli(['new', 'analytics', '--title', 'Data Analytics', '--country', 'US', '--institution', 'Northfield State University'], { cwd: dir });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toBe('analytics.mcred: made "Data Analytics" (credits in us-credit-hour; profiles: us-credit-hours)\n');
    const doc = load('analytics.mcred');
    expect(doc.settings).toEqual({ title: 'Data Analytics', institution: 'Northfield State University', country: 'US', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours'] });
    expect(Object.keys(doc.entities)).toEqual([]);
    expect(Object.values(doc.people)).toEqual([expect.objectContaining({ name: 'tester', role: 'designer' })]);
    const validated = await runCli(['validate', 'analytics.mcred'], { cwd: dir });
    expect(validated.code).toBe(0);
  });

  it('follows the table for New Zealand, an EU country, and no country', async () => {
    await runCli(['new', 'nz.mcred', '--title', 'NZ', '--country', 'New Zealand'], { cwd: dir });
    await runCli(['new', 'ie.mcred', '--title', 'IE', '--country', 'Ireland'], { cwd: dir });
    await runCli(['new', 'none.mcred', '--title', 'None'], { cwd: dir });
    expect(load('nz.mcred').settings).toMatchObject({ creditUnit: 'nz-credit', profiles: ['nzqa'] });
    expect(load('ie.mcred').settings).toMatchObject({ creditUnit: 'ects', profiles: ['eu-2022'] });
    expect(load('none.mcred').settings).toEqual({ title: 'None', creditUnit: 'ects', profiles: ['eu-2022'] });
  });

  it('never replaces an existing file', async () => {
    writeFileSync(join(dir, 'mine.mcred'), 'my notes');
    const out = await runCli(['new', 'mine.mcred', '--title', 'X'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('mcred new: "mine.mcred" already exists and was left as it is; choose another name.\n');
    expect(readFileSync(join(dir, 'mine.mcred'), 'utf8')).toBe('my notes');
    expect(readdirSync(dir)).toEqual(['mine.mcred']);
  });

  it('asks for a title', async () => {
    const out = await runCli(['new', 'x.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/give the map a title: --title/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('mcred new, after the app remembered an institution', () => {
  const appSettings = (institution: object) => {
    const data = join(dir, 'app');
    mkdirSync(data);
    writeFileSync(join(data, 'settings.json'), JSON.stringify({ identity: { personId: 'pe_mia', name: 'Mia Chen' }, institution }));
    return { STUDIO_USER_DATA_DIR: data };
  };

  it('makes the same map as New Map: the remembered institution, country and choices, by the app\'s user', async () => {
    const env = appSettings({ institution: 'Northfield State University', country: 'United States', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours', 'house'] });
    expect((await runCli(['new', 'a.mcred', '--title', 'A'], { cwd: dir, env })).code).toBe(0);
    const doc = load('a.mcred');
    expect(doc.settings).toEqual({ title: 'A', institution: 'Northfield State University', country: 'United States', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours', 'house'] });
    expect(Object.keys(doc.people)).toEqual(['pe_mia']);
  });

  it('lets --country choose its own defaults over the remembered choices', async () => {
    const env = appSettings({ institution: 'Northfield', country: 'United States', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours'] });
    await runCli(['new', 'nz.mcred', '--title', 'NZ', '--country', 'NZ'], { cwd: dir, env });
    expect(load('nz.mcred').settings).toEqual({ title: 'NZ', institution: 'Northfield', country: 'NZ', creditUnit: 'nz-credit', profiles: ['nzqa'] });
  });
});

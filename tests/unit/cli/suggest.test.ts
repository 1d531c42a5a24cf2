import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function exampleFile(): string {
  const file = join(dir, 'example.mcred');
  writeFileSync(file, serialiseDocument(createSampleDocument()));
  return file;
}

interface Printed {
  suggestions: { outcome: string; skill: string; score: number; why: string }[];
}

describe('mcred suggest', () => {
  it('prints every outcome’s suggestions as JSON, best first, and leaves the file byte for byte as it was', async () => {
    const file = exampleFile();
    const before = readFileSync(file);
    const r = await runCli(['suggest', file, '--json']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Printed;
    expect(printed.suggestions.length).toBeGreaterThan(0);
    for (const s of printed.suggestions) expect(Object.keys(s)).toEqual(['outcome', 'skill', 'score', 'why']);
    const scores = printed.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('never suggests a link the map already has', async () => {
    const doc = createSampleDocument();
    const existing = new Set(Object.values(doc.links).map((l) => `${l.from}>${l.to}`));
    const r = await runCli(['suggest', exampleFile(), '--json', '--limit', '10']);
    const printed = JSON.parse(r.stdout) as Printed;
    for (const s of printed.suggestions) expect(existing.has(`${s.skill}>${s.outcome}`)).toBe(false);
  });

  it('narrows to one outcome with --outcome, and prints a table without --json', async () => {
    const file = exampleFile();
    const json = JSON.parse((await runCli(['suggest', file, '--outcome', ID.outcome.detect, '--json'])).stdout) as Printed;
    expect(json.suggestions.length).toBeGreaterThan(0);
    expect(new Set(json.suggestions.map((s) => s.outcome))).toEqual(new Set([ID.outcome.detect]));
    const text = await runCli(['suggest', file, '--outcome', ID.outcome.detect]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/suggested skill → outcome link/);
    expect(text.stdout).toContain('LO1');
    expect(text.stdout).toContain('matched:');
  });

  it('refuses an unknown outcome id and a bad --limit in words, with exit code 2', async () => {
    const file = exampleFile();
    const unknown = await runCli(['suggest', file, '--outcome', 'lo_nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no outcome with the id "lo_nope"');
    const bad = await runCli(['suggest', file, '--limit', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit must be a whole number');
  });

  it('is listed in mcred --help', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+suggest\s+suggest skill → outcome links/m);
  });
});

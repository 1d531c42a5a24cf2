import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  const text = serialiseDocument(createSampleDocument());
  for (const name of ['ours.mcred', 'theirs.mcred', 'base.mcred']) writeFileSync(join(dir, name), text);
});
afterEach(() => cleanup());

const cli = (...args: string[]) => runCli(args, { cwd: dir });
const read = (name: string): McredDocument => {
  const r = parseDocument(readFileSync(join(dir, name)));
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.doc;
};
const titleOf = (doc: McredDocument) => {
  const e = doc.entities.mc_analyst;
  return e?.kind === 'credential' ? e : undefined;
};

describe('mcred merge', () => {
  it('combines edits to different fields from two copies and lists what came in', async () => {
    expect((await cli('set', 'ours.mcred', 'mc_analyst', 'version', '1.1', '--author', 'Ana Lopez')).code).toBe(0);
    expect((await cli('set', 'theirs.mcred', 'mc_analyst', 'targetAudience', 'IT support staff', '--author', 'Ben Ode')).code).toBe(0);
    const out = await cli('merge', 'ours.mcred', 'theirs.mcred', '--out', 'merged.mcred');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^merged\.mcred: Merged \d+ changes? from Ben Ode/);
    expect(out.stdout).not.toMatch(/conflict/);
    const merged = titleOf(read('merged.mcred'));
    expect(merged?.version).toBe('1.1');
    expect(merged?.targetAudience).toBe('IT support staff');
  });

  it('reports a field both changed as a conflict, with both values, and keeps the later one', async () => {
    await cli('set', 'ours.mcred', 'mc_analyst', 'title', 'Analyst Certificate A', '--author', 'Ana Lopez');
    await runCli(['set', 'theirs.mcred', 'mc_analyst', 'title', 'Analyst Certificate B', '--author', 'Ben Ode'], { cwd: dir, now: () => Date.UTC(2026, 2, 1, 10, 0, 0) });
    const out = await cli('merge', 'ours.mcred', 'theirs.mcred', '--out', 'merged.mcred', '--json');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as { conflicts: { type: string; recordId: string; field: string; winner: string; ours: { value: unknown }; theirs: { value: unknown } }[] };
    expect(report.conflicts).toEqual([
      expect.objectContaining({ type: 'field', recordId: 'mc_analyst', field: 'title', winner: 'theirs', ours: expect.objectContaining({ value: 'Analyst Certificate A' }), theirs: expect.objectContaining({ value: 'Analyst Certificate B' }) }),
    ]);
    expect(titleOf(read('merged.mcred'))?.title).toBe('Analyst Certificate B');
  });

  it('refuses clearly, writing nothing, when a copy cannot be read', async () => {
    writeFileSync(join(dir, 'theirs.mcred'), '{ "format": "micro-credential-studio", ');
    const out = await cli('merge', 'ours.mcred', 'theirs.mcred', '--out', 'merged.mcred');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/theirs\.mcred could not be read; nothing was written/);
    expect(() => readFileSync(join(dir, 'merged.mcred'))).toThrow();
  });

  it('needs --out', async () => {
    const out = await cli('merge', 'ours.mcred', 'theirs.mcred');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--out OUT is required/);
  });
});

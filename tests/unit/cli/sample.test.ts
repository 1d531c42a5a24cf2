import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';
import { makeTempDir, runCli, spawnCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('mcred sample', () => {
  it('prints the example map in canonical bytes', async () => {
    const out = await runCli(['sample']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(serialiseDocument(createSampleDocument()));
  });

  it('writes the example with --out, and the file validates with exit 0', async () => {
    const out = await runCli(['sample', '--out', 'example.mcred'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^example\.mcred: wrote the example map \(\d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 'example.mcred'), 'utf8')).toBe(serialiseDocument(createSampleDocument()));
    expect(readdirSync(dir)).toEqual(['example.mcred']);
    const validated = await runCli(['validate', 'example.mcred'], { cwd: dir });
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/^example\.mcred: valid\n/);
  });

  it('accepts --out=FILE and keeps a file it overwrites as .bak', async () => {
    writeFileSync(join(dir, 'example.mcred'), 'my old notes');
    const out = await runCli(['sample', '--out=example.mcred'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'example.mcred.bak'), 'utf8')).toBe('my old notes');
  });

  it('says clearly when the folder does not exist', async () => {
    const out = await runCli(['sample', '--out', 'no/such/folder/example.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^mcred sample: The folder for "example\.mcred" does not exist\. .*\n$/);
  });

  it('works through the real binary, and its output validates', async () => {
    const write = await spawnCli(['sample', '--out', join(dir, 'real.mcred')]);
    expect(write).toMatchObject({ code: 0, stderr: '', timedOut: false });
    const check = await spawnCli(['validate', join(dir, 'real.mcred')]);
    expect(check).toMatchObject({ code: 0, stderr: '', timedOut: false });
  });
});

import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';
import { FIXTURES, makeTempDir, runCli } from './support/runCli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const BAD = join(FIXTURES, 'bad');

/** The example map with one link deleted by hand: its change stamps are left behind. */
function mapWithOrphanStamps(): { text: string; link: string } {
  const doc = createSampleDocument();
  const link = Object.keys(doc.links)[0]!;
  const plain = JSON.parse(serialiseDocument(doc)) as { links: Record<string, unknown> };
  delete plain.links[link];
  return { text: JSON.stringify(plain, null, 2) + '\n', link };
}

describe('mcred validate on a repairable file', () => {
  it('says it can be repaired and how, and lists the repairs in --json', async () => {
    const { text, link } = mapWithOrphanStamps();
    writeFileSync(join(dir, 'map.mcred'), text);
    const out = await runCli(['validate', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`map.mcred: can be repaired (1 change): "mcred repair map.mcred --out REPAIRED.mcred" makes and lists them\n`);
    const json = JSON.parse((await runCli(['validate', '--json', 'map.mcred'], { cwd: dir })).stdout) as { repairable: boolean; repairs: { path: string }[] };
    expect(json).toMatchObject({ repairable: true, repairs: [{ path: `meta.stamps.${link}` }] });
  });

  it('says nothing of repair when a repair would drop someone’s words', async () => {
    const out = await runCli(['validate', 'comment-missing-target.mcred'], { cwd: BAD });
    expect(out.stdout).not.toMatch(/repair/);
  });
});

describe('mcred repair', () => {
  it('writes the repaired map to OUT, lists each repair, and leaves FILE alone', async () => {
    const { text, link } = mapWithOrphanStamps();
    writeFileSync(join(dir, 'map.mcred'), text);
    const out = await runCli(['repair', 'map.mcred', '--out', 'fixed.mcred'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^map\\.mcred: 1 repair, written to fixed\\.mcred\\nmap\\.mcred:\\d+: meta\\.stamps\\.${link}: removed the change stamps of "${link}", which does not exist\\n$`));
    expect(readFileSync(join(dir, 'map.mcred'), 'utf8')).toBe(text);
    const fixed = parseDocument(readFileSync(join(dir, 'fixed.mcred')));
    expect(fixed.ok && fixed.doc.meta.stamps[link]).toBe(undefined);
    expect(fixed.ok).toBe(true);
  });

  it('repairs in place when OUT is FILE, keeping the original as FILE.bak', async () => {
    copyFileSync(join(BAD, 'duplicate-key-in-record.mcred'), join(dir, 'map.mcred'));
    const original = readFileSync(join(dir, 'map.mcred'), 'utf8');
    const out = await runCli(['repair', 'map.mcred', '--out', 'map.mcred', '--json'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ repaired: true, repairs: [{ path: 'entities.sk_sql.statement', line: 31, message: expect.stringContaining('dropped the earlier "Query databases"') }] });
    expect(readFileSync(join(dir, 'map.mcred.bak'), 'utf8')).toBe(original);
    const fixed = parseDocument(readFileSync(join(dir, 'map.mcred')));
    expect(fixed.ok && fixed.doc.entities.sk_sql).toMatchObject({ statement: 'Query relational databases with SQL' });
  });

  it('refuses a file it cannot repair, writing nothing', async () => {
    copyFileSync(join(BAD, 'comment-missing-target.mcred'), join(dir, 'map.mcred'));
    const out = await runCli(['repair', 'map.mcred', '--out', 'fixed.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/cannot be repaired.*nothing was written/);
    expect(out.stderr).toMatch(/comments\.cm_orphan\.target/);
    expect(existsSync(join(dir, 'fixed.mcred'))).toBe(false);
  });

  it('needs --out', async () => {
    const out = await runCli(['repair', 'map.mcred'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--out OUT is required/);
  });
});

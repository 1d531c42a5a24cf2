import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS, decodeText, parseImport } from '../../../shared/import';
import { readImportSource } from '../../../renderer/src/features/import/readSource';
import { FIXTURES, makeTempDir, runCli } from '../cli/support/runCli';

/** Import sources are checked for size before they are read, and UTF-16 is recognised without a BOM. */

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir('mcred-import-limits-')));
afterEach(() => cleanup());

describe('a source too large to import', () => {
  it('is refused by mcred import from its size alone, leaving the map as it was', async () => {
    const map = join(dir, 'map.mcred');
    copyFileSync(join(FIXTURES, 'files', 'v2-credits-with-unit.mcred'), map);
    const before = readFileSync(map);
    // A sparse file: 700 MB on paper, nothing on disk.
    writeFileSync(join(dir, 'huge.csv'), '');
    truncateSync(join(dir, 'huge.csv'), 700 * 1024 * 1024);
    const out = await runCli(['import', 'map.mcred', 'huge.csv'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('mcred import: huge.csv: the file is 700 MB; skill lists larger than 32 MB are not imported (split it, or filter it to the skills you need first); map.mcred was not changed\n');
    expect(readFileSync(map).equals(before)).toBe(true);
  });

  it('is refused in the wizard without reading the file into the page', async () => {
    let read = false;
    const huge = { name: 'all-skills.json', size: 700 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    const result = await readImportSource(huge);
    expect(result).toEqual({ ok: false, message: '"all-skills.json": the file is 700 MB; skill lists larger than 32 MB are not imported (split it, or filter it to the skills you need first).' });
    expect(read).toBe(false);
    const small = new File(['Skill\nSQL\n'], 'skills.csv');
    expect(await readImportSource(small)).toEqual({ ok: true, name: 'skills.csv', bytes: new TextEncoder().encode('Skill\nSQL\n') });
  });

  it('is refused by parseImport too, for callers that did not check', () => {
    expect(parseImport(new Uint8Array(MAX_IMPORT_BYTES + 1), 'csv')).toMatchObject({ ok: false, message: expect.stringContaining('are not imported') });
  });

  it('a CASE package with too many items is refused before its items are read one by one', () => {
    const items = Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => '{}').join(',');
    expect(parseImport(`{"CFDocument":{},"CFItems":[${items}]}`, 'case')).toEqual({
      ok: false,
      message: 'the package has 50,001 items; at most 50,000 are imported at once (split it first)',
    });
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const csv = '技能;Bereich\n数据分析;Daten\nЗапросы SQL;Daten\n';
  const utf16be = (text: string) => {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return new Uint8Array(le);
  };

  it('is recognised even when the file starts with non-Latin text, little- or big-endian', () => {
    const cjkFirst = '技能,说明\n数据分析,SQL\n';
    expect(decodeText(new Uint8Array(Buffer.from(cjkFirst, 'utf16le')))).toEqual({ text: cjkFirst, encoding: 'utf-16le', bom: false });
    expect(decodeText(utf16be(cjkFirst))).toEqual({ text: cjkFirst, encoding: 'utf-16be', bom: false });
  });

  it('imports the same skills as the UTF-8 file', () => {
    const statements = (input: string | Uint8Array) => {
      const r = parseImport(input, 'csv', { mapping: { statement: '技能', group: 'Bereich' } });
      if (!r.ok) throw new Error(r.message);
      return r.skills.map((s) => [s.statement, s.group]);
    };
    const expected = statements(new TextEncoder().encode(csv));
    expect(expected).toEqual([
      ['数据分析', 'Daten'],
      ['Запросы SQL', 'Daten'],
    ]);
    expect(statements(new Uint8Array(Buffer.from(csv, 'utf16le')))).toEqual(expected);
    expect(statements(utf16be(csv))).toEqual(expected);
  });

  it('UTF-8 text is still read as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(csv)).encoding).toBe('utf-8');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImport, type ImportFormat, type ParseOptions } from '../../../shared/import';

export const IMPORT_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name)));
}

/** Parses a fixture and fails the test if the whole file is refused. */
export function parseFixture(name: string, format: ImportFormat, options: ParseOptions = {}) {
  const r = parseImport(fixtureBytes(name), format, options);
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r;
}

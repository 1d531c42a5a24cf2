import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { mapArb } from '../../helpers/arbitraries';
import { detachedCopy, differingLines, getAt, otherScalar, scalarPaths, seededRandom, setAt, shuffleKeysDeep } from '../../helpers/json';

const encoder = new TextEncoder();

// Each run builds a map with up to 60 commands: these are the heavy properties, at 200–300 runs.
describe('the canonical file format, on generated maps', () => {
  it('loads back exactly what was saved, and saving again gives the same bytes', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const text = serialiseDocument(doc);
        const loaded = parseDocument(encoder.encode(text));
        if (!loaded.ok) throw new Error(`a saved map did not load: ${JSON.stringify(loaded.problems)}`);
        expect(loaded.doc).toEqual(doc);
        expect(serialiseDocument(loaded.doc)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same bytes whatever order the keys of records and maps were inserted in', () => {
    fc.assert(
      fc.property(mapArb, fc.integer(), (doc, seed) => {
        const shuffled = shuffleKeysDeep(detachedCopy(doc), seededRandom(seed));
        expect(serialiseDocument(shuffled)).toBe(serialiseDocument(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('shows one changed scalar field as exactly one changed line', () => {
    // Not `kind`: it chooses the record's shape, so changing it is not a one-field edit.
    const withAPath = mapArb.chain((doc) => fc.constantFrom(...scalarPaths(doc).filter((p) => p[p.length - 1] !== 'kind')).map((path) => ({ doc, path })));
    fc.assert(
      fc.property(withAPath, ({ doc, path }) => {
        // A detached copy: a revision's snapshot may share objects with the live content.
        const edited = detachedCopy(doc) as McredDocument;
        setAt(edited, path, otherScalar(getAt(doc, path)));
        expect(differingLines(serialiseDocument(doc), serialiseDocument(edited))).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('ends the file with exactly one newline and indents by two spaces', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const text = serialiseDocument(doc);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
        for (const line of text.split('\n')) expect(line.match(/^ */)![0].length % 2).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

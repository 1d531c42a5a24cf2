import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS, DOCUMENT_PARTS, KEYED_PARTS, McredFile, holdsId, type McredDocument } from '../../../shared/model';
import { changedIdsFromPatches } from '../../../shared/analysis';
import { createSampleDocument } from '../../../shared/sample';

describe('DOCUMENT_PARTS, the one list of collections', () => {
  it('names every key of the file (McredFile) that holds records by id, in schema order', () => {
    const keyed = Object.entries(McredFile.shape)
      .filter(([, schema]) => schema instanceof z.ZodRecord)
      .map(([key]) => key);
    expect(keyed.length).toBeGreaterThan(5);
    expect(KEYED_PARTS).toEqual(keyed);
  });

  it('derives the record collections: every keyed part but the layout and the saves', () => {
    expect(COLLECTIONS).toEqual(KEYED_PARTS.filter((p) => p !== 'layout' && p !== 'saves'));
  });

  it('counts a save id as taken, and a position as no record', () => {
    const doc = createSampleDocument();
    const save = Object.keys(doc.saves)[0] ?? 'sv_test';
    const withSave = { ...doc, saves: { ...doc.saves, [save]: { id: save } } } as unknown as McredDocument;
    expect(holdsId(withSave, save)).toBe(true);
    const positioned = Object.keys(doc.layout)[0]!;
    expect(holdsId({ ...doc, entities: {} } as McredDocument, positioned)).toBe(false);
  });

  it('gives the analysis exactly the parts marked analysed', () => {
    for (const p of KEYED_PARTS) {
      const ids = changedIdsFromPatches([{ path: [p, 'xx_1', 'field'] }]);
      expect([...ids], p).toEqual(DOCUMENT_PARTS[p].analysed ? ['xx_1'] : []);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { credentialNeighbourhood } from '../../../renderer/src/features/canvas/neighbourhood';
import { freeSpot } from '../../../renderer/src/features/canvas/placement';
import { searchEntities } from '../../../renderer/src/app/search';

describe('where a new node goes', () => {
  it('takes the wished spot when it is free, else the first free spot below, never overlapping', () => {
    const placed = { a: { x: 0, y: 0 }, b: { x: 0, y: NODE_HEIGHT + 22 }, c: { x: 1000, y: 500 } };
    expect(freeSpot(placed, { x: 400, y: 10 })).toEqual({ x: 400, y: 10 });
    const spot = freeSpot(placed, { x: 10, y: 10 });
    for (const p of Object.values(placed)) {
      const apart = spot.x >= p.x + NODE_WIDTH || p.x >= spot.x + NODE_WIDTH || spot.y >= p.y + NODE_HEIGHT || p.y >= spot.y + NODE_HEIGHT;
      expect(apart).toBe(true);
    }
    expect(spot.x).toBe(10);
  });
});

describe('focus mode', () => {
  it('shows a credential with its outcomes, their skills, assessments and activities, its programs and prerequisites', () => {
    const doc = createSampleDocument();
    const shown = credentialNeighbourhood(doc, ID.credential.cloud);
    const kinds = (k: string) => [...shown].filter((id) => doc.entities[id]!.kind === k).length;
    expect(shown.has(ID.credential.cloud)).toBe(true);
    expect(shown.has(ID.credential.analyst)).toBe(true);
    expect(kinds('program')).toBe(1);
    expect(kinds('outcome')).toBe(3);
    expect(kinds('skill')).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(Object.keys(doc.entities).length);
  });
});

describe('search', () => {
  const doc = createSampleDocument();
  it('finds entities by every word, titles starting with the query first', () => {
    const hits = searchEntities(doc.entities, 'cloud security');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.kind === 'credential' || hits[0]!.kind === 'assessment' || hits[0]!.kind === 'activity' || hits[0]!.kind === 'skill').toBe(true);
    expect(hits.every((e) => JSON.stringify(e).toLowerCase().includes('cloud'))).toBe(true);
    expect(searchEntities(doc.entities, '   ')).toEqual([]);
    expect(searchEntities(doc.entities, 'zzzz no such thing')).toEqual([]);
  });
});

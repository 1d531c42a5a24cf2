import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDocuments } from '../../../shared/merge';
import { scenarioArb, type Scenario } from '../../helpers/mergeArbitraries';
import { bytes, conflictMismatches, loadProblems, lostEdits, resurrected, swapped } from './support/checks';

/**
 * Two people edit copies of one saved map at the same time (random valid commands,
 * interleaved clocks); whichever way their copies are merged, the result is the same,
 * valid, loses no edit only one of them made, never revives a deleted record, and reports
 * every field they both changed differently.
 */

/** At least 1,000; set MERGE_RUNS to search longer. */
const RUNS = Math.max(1_000, Number(process.env.MERGE_RUNS ?? 0));

function check({ base, copies: [a, b] }: Scenario): void {
  const ab = mergeDocuments(a!, b!);
  const ba = mergeDocuments(b!, a!);
  expect(bytes(ba.doc)).toBe(bytes(ab.doc));
  expect(ba.conflicts.map(swapped)).toEqual(ab.conflicts);
  expect(loadProblems(ab.doc)).toEqual([]);
  expect(resurrected([a!, b!], ab.doc)).toEqual([]);
  expect(lostEdits(base, [a!, b!], ab.doc)).toEqual([]);
  expect(conflictMismatches(base, a!, b!, ab.conflicts)).toEqual([]);
  // Idempotent, and merging the result again with either copy changes nothing.
  expect(bytes(mergeDocuments(a!, a!).doc)).toBe(bytes(a!));
  expect(bytes(mergeDocuments(ab.doc, a!).doc)).toBe(bytes(ab.doc));
  expect(bytes(mergeDocuments(b!, ab.doc).doc)).toBe(bytes(ab.doc));
  // The base only decides what is reported, and here agrees with the last common save.
  const withBase = mergeDocuments(a!, b!, { base });
  expect(bytes(withBase.doc)).toBe(bytes(ab.doc));
  expect(withBase.conflicts).toEqual(ab.conflicts);
}

describe('merging two concurrently edited copies', () => {
  it('is symmetric, valid, idempotent, loses no edit and reports every conflict', () => {
    fc.assert(fc.property(scenarioArb(2, { baseOps: 12, edits: 16 }), check), { numRuns: RUNS });
  });

  it('does the same where copies add, remove and comment on prerequisites (circles, duplicates)', () => {
    fc.assert(fc.property(scenarioArb(2, { focus: 'requires', baseOps: 8, edits: 12 }), check), { numRuns: RUNS });
  });
});

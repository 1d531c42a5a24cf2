import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, changedIdsFromPatches, reanalyse } from '../../../shared/analysis';
import { applyDocumentPatches } from '../../../shared/commands';
import type { McredDocument } from '../../../shared/model';
import { replay } from '../../helpers/arbitraries';
import { comparable, incrementalEqualsFull, incrementalEqualsFullOnCleanMap, options, sessionArb } from './incrementalProperty';

/**
 * The incremental re-check is an optimisation, never a different answer: after every
 * command of a random editing session, `reanalyse` on the patches gives exactly what a full
 * `analyse` of the new document gives — findings, counts, scores.
 */

describe('reanalyse', () => {
  it('equals a full analysis after every command of a random session', () => {
    fc.assert(incrementalEqualsFull(), { numRuns: 150 });
  });

  it('equals a full analysis after every edit of the clean map (focused session)', () => {
    fc.assert(incrementalEqualsFullOnCleanMap(), { numRuns: 200 });
  });

  it('returns to the original findings when a command is undone', () => {
    fc.assert(
      fc.property(sessionArb, (steps) => {
        let last: { doc: McredDocument; undo: Parameters<typeof applyDocumentPatches>[1]; patches: Parameters<typeof changedIdsFromPatches>[0]; before: McredDocument } | undefined;
        replay(steps, ({ before, result }) => {
          if (result.ok) last = { doc: result.doc, undo: result.inversePatches, patches: result.patches, before };
        });
        if (!last) return;
        const edited = analyse(last.doc, options);
        const undone = applyDocumentPatches(last.doc, last.undo);
        const back = reanalyse(edited, undone, changedIdsFromPatches(last.undo));
        expect(comparable(back)).toEqual(comparable(analyse(last.before, options)));
      }),
      { numRuns: 100 },
    );
  });
});

import { analyse, reanalyse, type AnalysisResult } from '../../../shared/analysis';
import type { Entity, McredDocument } from '../../../shared/model';
import { changedIdsBetween } from '../../../renderer/src/features/readiness/changedIds';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { mapFixture } from '../lib/fixtures';
import { timePair } from '../lib/measure';
import type { BenchContext, Figure } from '../lib/types';

/**
 * Issue #16 item 10: an edit costs O(change), not O(map). One field edit through the
 * document store — the command, its stamps, the undo patches, the incremental re-check —
 * on the opened 10k-entity map, against the same edit on the opened 100-entity map in the
 * same run (≤ 2 ×). Each timed run makes EDITS edits, each to a different outcome (a map
 * edited in many places, as a person does), and reports the time per edit.
 */

const BIG = 10_000;
const SMALL = 100;
const EDITS = 10;

interface Editor {
  /** Makes one round of EDITS edits and returns the last analysis result. */
  round(): AnalysisResult;
}

function editor(ctx: BenchContext, entities: number): Editor {
  return ctx.cached(`edit-store-${entities}`, () => {
    const doc: McredDocument = mapFixture(ctx, entities).loaded;
    let now = Date.UTC(2027, 0, 1);
    const store = new DocumentStore(doc, 'pe_bench', 'bench001', () => (now += 2_000));
    const outcomes = Object.values(doc.entities).filter((e): e is Extract<Entity, { kind: 'outcome' }> => e.kind === 'outcome');
    if (outcomes.length < EDITS) throw new Error(`the ${entities}-entity map has fewer than ${EDITS} outcomes`);
    let result = analyse(doc);
    let n = 0;
    const round = (): AnalysisResult => {
      for (let i = 0; i < EDITS; i++) {
        const before = store.getState().doc;
        const target = outcomes[(n * 7 + i) % outcomes.length]!;
        const refusal = store.dispatch({ name: 'entity.update', payload: { id: target.id, changes: { statement: `Analyse network traffic, revision ${n}` } } });
        if (refusal) throw new Error(`the bench edit was refused: ${refusal.message}`);
        const next = store.getState().doc;
        // What the readiness panel does after an edit (features/readiness/readinessStore.ts).
        const ids = changedIdsBetween(before, next);
        result = ids ? reanalyse(result, next, ids) : analyse(next);
        n++;
      }
      return result;
    };
    return { round };
  });
}

export const figures: Figure[] = [
  {
    name: 'edit-field-10k',
    versus: 'the same edit on the opened 100-entity map',
    description: `one entity.update through the document store (command, stamps, undo patches, incremental re-check; ${EDITS} edits of different outcomes per run) on the opened ${BIG}-entity map vs the same on the opened ${SMALL}-entity map; the ratio is the budget: ≤ 2`,
    measure(ctx) {
      const big = editor(ctx, BIG);
      const small = editor(ctx, SMALL);
      const t = timePair(() => big.round(), () => small.round(), ctx);
      return { value: t.subject / EDITS, unit: 'ms', reference: t.reference / EDITS, target: 2 };
    },
  },
];

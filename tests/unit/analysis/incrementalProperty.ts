import fc from 'fast-check';
import { expect } from 'vitest';
import { analyse, changedIdsFromPatches, reanalyse, sortFindings, type AnalysisResult } from '../../../shared/analysis';
import { replay, stepArb, type Step } from '../../helpers/arbitraries';
import type { McredDocument } from '../../../shared/model';
import { makeCredential } from '../../helpers/builders';
import { ALL_PROFILES, TEST_NOW, add, cleanMap, raw } from './helpers';
import { STATEMENTS, play, sessionArb as focusedSessionArb } from './sessions';

/**
 * The property behind the incremental re-check: after every command of a random editing
 * session, `reanalyse` on the patches gives exactly what a full `analyse` of the new
 * document gives. Shared by incremental.property.test.ts and undeclaredRead.test.ts (which
 * shows it fails for a rule that reads more than it declares).
 */

/** Random commands, plus rewrites into statements that exercise the outcome-quality rules. */
export const sessionArb = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: stepArb },
    {
      weight: 1,
      arbitrary: fc.record({ target: fc.nat(40), statement: fc.constantFrom(...STATEMENTS) }).map(
        ({ target, statement }): Step => ({ op: 'outcome.rewrite', target, statement, by: 0, reuse: undefined }),
      ),
    },
  ),
  { maxLength: 50 },
);

export const options = { profiles: ALL_PROFILES, now: TEST_NOW };

export function comparable(r: AnalysisResult) {
  return { findings: sortFindings(r.findings), counts: r.counts, byCredential: r.byCredential, byGroup: r.byGroup, unattributed: r.unattributed, score: r.score, profiles: r.profiles };
}

/** After every command of a random session, the re-check equals a full analysis. */
export function incrementalEqualsFull() {
  return fc.property(sessionArb, (steps) => {
    let result: AnalysisResult | undefined;
    replay(steps, ({ before, result: applied }) => {
      result ??= analyse(before, options);
      if (!applied.ok) return;
      result = reanalyse(result, applied.doc, changedIdsFromPatches(applied.patches));
      expect(comparable(result)).toEqual(comparable(analyse(applied.doc, options)));
    });
  });
}

/** A second credential and a `requires` circle with the first, as only a hand-edited file can have. */
function withRequiresCycle(doc: McredDocument): McredDocument {
  const first = Object.values(doc.entities).find((e) => e.kind === 'credential')!.id;
  const second = makeCredential({ id: 'mc_cycle', title: 'SQL Basics' });
  return raw(add(doc, second), (d) => {
    d.links.ln_cycle1 = { id: 'ln_cycle1', kind: 'requires', from: first, to: second.id };
    d.links.ln_cycle2 = { id: 'ln_cycle2', kind: 'requires', from: second.id, to: first };
  });
}

/** After every edit of a focused session on the clean map (with or without a requires circle), the re-check equals a full analysis. */
export function incrementalEqualsFullOnCleanMap() {
  return fc.property(focusedSessionArb, fc.boolean(), (steps, withCycle) => {
    const start = withCycle ? withRequiresCycle(cleanMap().doc) : cleanMap().doc;
    let result = analyse(start, options);
    play(start, steps, (_before, applied) => {
      result = reanalyse(result, applied.doc, changedIdsFromPatches(applied.patches));
      expect(comparable(result)).toEqual(comparable(analyse(applied.doc, options)));
    });
  });
}

import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../../shared/analysis';
import type { McredDocument, ProfileId } from '../../../../shared/model';
import { cleanMap, findingsOf, type CleanMap } from '../helpers';

/**
 * One rule, specified by example: a change to the clean map that makes it fire (and what
 * the finding must say), and optionally near misses that must not. Every rule also stays
 * quiet on the clean map itself.
 */
export interface RuleCase {
  rule: string;
  /** What breaks, in words: the test's name. */
  when: string;
  fires: (m: CleanMap) => McredDocument;
  /** What the finding must carry (checked on the first finding of the rule). */
  expect?: (m: CleanMap) => { target?: string; field?: string; message?: RegExp; fix?: RegExp; count?: number };
  /** Near misses that must not fire, each with its name. */
  quiet?: readonly { when: string; doc: (m: CleanMap) => McredDocument }[];
  /** Profiles to check with (default: all). */
  profiles?: readonly ProfileId[];
}

const SEVERITY = new Map(ALL_RULES.map((r) => [r.id, r.severity]));

/** Describes each case as tests: fires (with the rule's severity and the expected content), and stays quiet. */
export function describeRuleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(c.rule, () => {
      it(`fires when ${c.when}`, () => {
        const m = cleanMap();
        const found = findingsOf(c.fires(m), c.rule, c.profiles);
        expect(found.length, `${c.rule} should fire`).toBeGreaterThan(0);
        const f = found[0]!;
        expect(f.severity).toBe(SEVERITY.get(c.rule));
        const e = c.expect?.(m);
        if (!e) return;
        if (e.count !== undefined) expect(found).toHaveLength(e.count);
        if (e.target !== undefined) expect(f.target).toBe(e.target);
        if (e.field !== undefined) expect(f.field).toBe(e.field);
        if (e.message) expect(f.message).toMatch(e.message);
        if (e.fix) expect(f.fix ?? '').toMatch(e.fix);
      });
      it('stays quiet on the clean map', () => {
        expect(findingsOf(cleanMap().doc, c.rule, c.profiles)).toEqual([]);
      });
      for (const q of c.quiet ?? []) {
        it(`stays quiet when ${q.when}`, () => {
          expect(findingsOf(q.doc(cleanMap()), c.rule, c.profiles)).toEqual([]);
        });
      }
    });
  }
}

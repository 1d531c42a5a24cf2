import { describe, expect, it } from 'vitest';
import { ALL_RULES, PROFILES } from '../../../shared/analysis';
import { CASES_BY_GROUP } from './cases';
import { describeRuleCases } from './cases/ruleCase';

/** Every rule, by example: when it fires, what it says, and the near misses where it must not. */

for (const [group, cases] of Object.entries(CASES_BY_GROUP)) describe(group, () => describeRuleCases(cases));

describe('the rule set', () => {
  const covered = new Set(Object.values(CASES_BY_GROUP).flatMap((cases) => cases.map((c) => c.rule)));

  it('has a case for every rule', () => {
    expect(ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has unique, prefixed rule ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      const prefix = r.id.split('/')[0];
      const expected = r.group === 'outcome-quality' ? ['outcome'] : r.group === 'alignment' ? ['alignment', 'stacking'] : r.group === 'review-cycle' ? ['review'] : [r.group];
      expect(expected, r.id).toContain(prefix);
    }
  });

  it('cites a source for every profile, and each profile rule belongs to its profile', () => {
    for (const p of Object.values(PROFILES)) {
      expect(p.citation.length, p.id).toBeGreaterThan(20);
      for (const r of p.rules) expect(r.group).toBe(p.id);
    }
    expect(PROFILES['eu-2022'].citation).toContain('2022/C 243/02');
  });
});

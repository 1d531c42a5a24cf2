import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type * as FrameworkUpdates from '../../../shared/analysis/rules/frameworkUpdates';
import { incrementalEqualsFullOnCleanMap } from './incrementalProperty';

/**
 * What an edit re-checks is derived from what rules declare they read (`Rule.reads`), so a
 * rule that reads more than it declares gets stale findings after an edit. This shows the
 * property test catches that: the same property, with one lying rule added to the
 * always-on rules, fails.
 */
vi.mock('../../../shared/analysis/rules/frameworkUpdates', async (importOriginal) => {
  const original = await importOriginal<typeof FrameworkUpdates>();
  const { defineRule } = await import('../../../shared/analysis/types');
  // A skill rule that reads the statements of the outcomes it addresses, but declares only
  // its own links: rewriting such an outcome does not re-check the skill.
  const lying = defineRule({
    id: 'test/lying-skill-rule',
    group: 'alignment',
    scope: 'skill',
    severity: 'info',
    reads: ['links'],
    title: 'Names the outcomes it addresses',
    check(s, ctx, emit) {
      for (const l of ctx.graph.from(s.id, 'addresses')) emit({ target: s.id, message: `addresses “${ctx.outcome(l.to)?.statement ?? ''}”` });
    },
  });
  return { ...original, FRAMEWORK_UPDATE_RULES: [...original.FRAMEWORK_UPDATE_RULES, lying] };
});

describe('a rule that reads something it did not declare', () => {
  it('makes the incremental-equals-full property fail', () => {
    const run = fc.check(incrementalEqualsFullOnCleanMap(), { numRuns: 200, seed: 16 });
    expect(run.failed).toBe(true);
  });
});

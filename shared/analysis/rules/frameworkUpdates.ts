import { describeUpdate } from '../../import/updates';
import { skillName } from '../text';
import { defineRule, type AnyRule } from '../types';

/**
 * A newer release of a skill's framework changed it since it was mapped (a pending
 * `frameworkUpdate`, stored by a re-import or `mcred import --check-updates --apply`). Reads
 * only the skill's own fields (`reads: []`), so an edit of the skill re-checks it.
 */
export const frameworkChanged = defineRule({
  id: 'alignment/framework-changed',
  group: 'alignment',
  scope: 'skill',
  reads: [],
  severity: 'warning',
  title: 'Framework changed since mapped (an update to the skill is waiting)',
  check(s, _ctx, emit) {
    const u = s.frameworkUpdate;
    if (!u) return;
    const where = u.release ?? `a newer ${s.source?.framework ?? 'framework'} release`;
    emit({
      target: s.id,
      field: 'frameworkUpdate',
      message: `Framework changed since mapped: skill ${skillName(s)} — ${describeUpdate(u)} in ${where}.`,
      fix: u.change === 'changed' || u.change === 'replaced' ? 'Select the skill and Accept the update, or Dismiss it to keep the skill as it is.' : 'Select the skill: replace or delete it, or Dismiss the update to keep it as it is.',
    });
  },
});

export const FRAMEWORK_UPDATE_RULES: readonly AnyRule[] = [frameworkChanged];

import type { Credential, ProfileId } from '../../model';
import type { RuleContext } from '../context';
import { defineRule, type Read, type Rule, type Severity } from '../types';

/** True when a credential field holds something: non-blank text, a non-empty list, any number. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * A rule that a credential element is present. Most profile requirements are of this
 * shape; `present` widens "present" beyond the field (e.g. assessment type is also shown
 * by assessed-by links).
 */
export function elementRule(opts: {
  id: string;
  group: ProfileId;
  severity: Severity;
  title: string;
  /** What `present` and `fix` read beyond the credential's own fields (see `Read`). */
  reads: readonly Read[];
  /** The field to focus; absent when the element is shown by links rather than a field. */
  field?: keyof Credential;
  present?: (c: Credential, ctx: RuleContext) => boolean;
  message: (c: Credential) => string;
  fix: (c: Credential, ctx: RuleContext) => string;
}): Rule<'credential'> {
  const { field } = opts;
  const present = opts.present ?? ((c: Credential) => field !== undefined && isFilled(c[field]));
  return defineRule({
    id: opts.id,
    group: opts.group,
    scope: 'credential',
    severity: opts.severity,
    reads: opts.reads,
    title: opts.title,
    check(c, ctx, emit) {
      if (present(c, ctx)) return;
      emit({ target: c.id, ...(field ? { field } : {}), message: opts.message(c), fix: opts.fix(c, ctx) });
    },
  });
}

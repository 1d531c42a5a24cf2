import type { CredentialStatus } from '../model';

/**
 * The review cycle of a credential: which status may follow which. Decisions (approved,
 * changes requested) are taken on a draft, a credential in review or one whose changes were
 * requested; publishing needs an approval; a published credential goes back into review
 * for its periodic review or a revision.
 */
export const STATUS_STEPS: Readonly<Record<CredentialStatus, readonly CredentialStatus[]>> = {
  draft: ['in-review', 'approved', 'changes-requested'],
  'in-review': ['approved', 'changes-requested', 'draft'],
  'changes-requested': ['in-review', 'approved', 'draft'],
  approved: ['published', 'in-review', 'retired'],
  published: ['in-review', 'retired'],
  retired: ['draft'],
};

/** Steps that are a body's decision and so carry one (and its body, conditions, minute). */
export const DECISION_STATUSES: ReadonlySet<CredentialStatus> = new Set(['approved', 'changes-requested']);

/** What a person calls a step to this status, e.g. in a menu. */
export const STEP_LABELS: Readonly<Record<CredentialStatus, string>> = {
  draft: 'Back to draft',
  'in-review': 'Send for review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  retired: 'Retired',
};

export const STATUS_LABELS: Readonly<Record<CredentialStatus, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  retired: 'Retired',
};

export function canStep(from: CredentialStatus, to: CredentialStatus): boolean {
  return STATUS_STEPS[from].includes(to);
}

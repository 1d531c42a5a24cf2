import type { CommandCall } from '../../../../../shared/commands';
import { makeId, type Approval, type ApprovalDecision, type CredentialStatus } from '../../../../../shared/model';
import { DECISION_STATUSES, STATUS_LABELS, STATUS_STEPS, STEP_LABELS } from '../../../../../shared/review';
import { checkRevisionName } from '../../revisions/model/names';

/** One step the dialog offers: "Send for review" (→ In review). */
export interface StepOption {
  status: CredentialStatus;
  label: string;
  /** The status it leads to, e.g. "In review". */
  becomes: string;
  /** A body's decision: asks for the body, conditions and minute. */
  decision: boolean;
}

/** The steps a credential in `from` may take, in the review cycle's order. */
export function allowedSteps(from: CredentialStatus): StepOption[] {
  return STATUS_STEPS[from].map((status) => ({ status, label: STEP_LABELS[status], becomes: STATUS_LABELS[status], decision: isDecision(status) }));
}

/** Steps that are a body's decision (approved, changes requested). */
export function isDecision(status: CredentialStatus): status is ApprovalDecision {
  return DECISION_STATUSES.has(status);
}

export interface StepInput {
  credential: string;
  status: CredentialStatus;
  body: string;
  conditions: string;
  minute: string;
  /** The name of the revision an approval pins. */
  revisionName: string;
}

export interface Env {
  now: Date;
  random: () => number;
}

/** The limits of the Approval schema, checked here so the user reads a sentence, not a refusal. */
const MAX = { body: 300, conditions: 5_000, minute: 200 } as const;

export type BuiltStep = { ok: true; call: CommandCall } | { ok: false; message: string; field?: 'body' | 'conditions' | 'minute' | 'revisionName' };

/**
 * The `approval.record` call for one step. Decisions carry the body (required), conditions
 * and minute; other steps carry none of them, even if typed before the step was changed.
 */
export function approvalCall(input: StepInput, author: string, env: Env): BuiltStep {
  const decision = isDecision(input.status);
  const body = input.body.trim();
  const conditions = input.conditions.trim();
  const minute = input.minute.trim();
  if (decision) {
    if (!body) return { ok: false, field: 'body', message: 'Say which body took the decision, e.g. “University Curriculum Committee”.' };
    if (body.length > MAX.body) return { ok: false, field: 'body', message: `The body's name can be at most ${MAX.body} characters.` };
    if (conditions.length > MAX.conditions) return { ok: false, field: 'conditions', message: `Conditions can be at most ${MAX.conditions.toLocaleString('en-GB')} characters.` };
    if (minute.length > MAX.minute) return { ok: false, field: 'minute', message: `A minute reference can be at most ${MAX.minute} characters.` };
  }
  let revisionName: string | undefined;
  if (input.status === 'approved') {
    const checked = checkRevisionName(input.revisionName);
    if (!checked.ok) return { ok: false, field: 'revisionName', message: checked.message };
    revisionName = checked.name;
  }
  const approval: Approval = {
    id: makeId('approval', env.random),
    credential: input.credential,
    status: input.status,
    at: env.now.toISOString(),
    author,
    ...(isDecision(input.status) ? { decision: input.status, body, ...(conditions ? { conditions } : {}), ...(minute ? { minute } : {}) } : {}),
  };
  return { ok: true, call: { name: 'approval.record', payload: { approval, ...(revisionName ? { revisionName } : {}) } } };
}

/** The undo label: "Undo Record step: Approved". */
export function stepLabel(status: CredentialStatus): string {
  return `Record step: ${STEP_LABELS[status]}`;
}

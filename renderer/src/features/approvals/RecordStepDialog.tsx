import { useId, useRef, useState, type FormEvent } from 'react';
import type { CredentialStatus } from '../../../../shared/model';
import { STATUS_LABELS } from '../../../../shared/review';
import { useEntity } from '../../store';
import { IdentityGate } from '../advisor/IdentityGate';
import { Modal } from '../files/Modal';
import { secureRandom } from '../files/randomIds';
import { approvalRevisionName, MAX_REVISION_NAME } from '../revisions/model/names';
import { useUserCommand } from '../revisions/useUserCommand';
import { allowedSteps, approvalCall, stepLabel, type BuiltStep } from './model/steps';
import { DecisionFields } from './DecisionFields';
import './approvals.css';
import { DialogButtons } from '../files/DialogButtons';

type Problem = { message: string; field?: Extract<BuiltStep, { ok: false }>['field'] };

/**
 * Records one step of a credential's review cycle: only the steps its status allows; for a
 * decision the body (required), conditions and minute; approving pins a named revision.
 * One `approval.record` command, one undoable step; a refusal is shown here in words.
 */
export function RecordStepDialog({ credential, onClose }: { credential: string; onClose: () => void }) {
  const entity = useEntity(credential);
  const { identity, saveIdentity, run } = useUserCommand();
  const status = entity?.kind === 'credential' ? entity.status : 'draft';
  const steps = allowedSteps(status);
  const [step, setStep] = useState<CredentialStatus | undefined>(steps[0]?.status);
  const [body, setBody] = useState('');
  const [conditions, setConditions] = useState('');
  const [minute, setMinute] = useState('');
  const [typedName, setTypedName] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>();
  const form = useRef<HTMLFormElement>(null);
  const id = useId();

  if (!entity || entity.kind !== 'credential') {
    return (
      <Modal title="Record Approval Step" onCancel={onClose}>
        <p className="ap-dialog__text">The micro-credential is no longer in the map.</p>
        <div className="fs-modal__buttons">
          <button type="button" className="fs-button fs-button--primary" onClick={onClose}>
            Close
          </button>
        </div>
      </Modal>
    );
  }

  const chosen = steps.find((s) => s.status === step);
  const revisionName = typedName ?? approvalRevisionName(body, new Date());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    let invalid: Problem | undefined;
    const message = run((me) => {
      const built = approvalCall({ credential, status: chosen.status, body, conditions, minute, revisionName }, me, { now: new Date(), random: secureRandom });
      if (!built.ok) invalid = built;
      return built;
    }, stepLabel(chosen.status));
    if (!message) return onClose();
    setProblem(invalid ?? { message });
    if (invalid?.field) form.current?.querySelector<HTMLElement>(`[data-field="${invalid.field}"]`)?.focus();
  };

  return (
    <Modal title="Record Approval Step" onCancel={onClose} wide>
      <form ref={form} className="ap-dialog" onSubmit={submit} noValidate>
        <p className="ap-dialog__text">
          <strong>{entity.title}</strong> is <span className={`insp-badge insp-status-${status}`}>{STATUS_LABELS[status]}</span>
        </p>
        {identity === null ? <IdentityGate purpose="approval record" onSave={saveIdentity} /> : null}
        <fieldset className="ex-fieldset">
          <legend className="ex-legend">Step</legend>
          <div className="ap-steps">
            {steps.map((s) => (
              <label key={s.status} className={`ap-step${s.status === step ? ' is-on' : ''}`}>
                <input type="radio" name={`${id}-step`} value={s.status} checked={s.status === step} onChange={() => setStep(s.status)} data-autofocus={s.status === step ? true : undefined} />
                <span className="ap-step__label">{s.label}</span>
                <span className="ap-step__hint">{s.decision ? 'A body’s decision' : `Becomes ${s.becomes}`}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {chosen?.decision ? (
          <DecisionFields body={body} onBody={setBody} conditions={conditions} onConditions={setConditions} minute={minute} onMinute={setMinute} invalid={problem?.field} errorId={`${id}-error`} />
        ) : null}
        {chosen?.status === 'approved' ? (
          <div className="fs-field ap-pin">
            <label className="fs-field__label" htmlFor={`${id}-rev`}>
              Pinned revision
            </label>
            <p className="ap-pin__hint" id={`${id}-rev-hint`}>
              The map as it is now is kept as a named revision, so the record shows exactly what was approved.
            </p>
            <input
              id={`${id}-rev`}
              className="fs-input ap-text"
              value={revisionName}
              maxLength={MAX_REVISION_NAME}
              onChange={(e) => setTypedName(e.target.value)}
              aria-describedby={`${id}-rev-hint`}
              aria-invalid={problem?.field === 'revisionName' ? true : undefined}
              data-field="revisionName"
              autoComplete="off"
            />
          </div>
        ) : null}
        {problem ? (
          <p id={`${id}-error`} className="ap-error" role="alert">
            {problem.message}
          </p>
        ) : null}
        <DialogButtons action={{ label: 'Record step', disabled: !identity || !chosen }} onCancel={onClose} />
      </form>
    </Modal>
  );
}

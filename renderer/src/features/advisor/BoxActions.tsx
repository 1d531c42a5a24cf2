import type { ReactNode } from 'react';

interface BoxActionsProps {
  /** Why the last attempt failed, announced to screen readers. */
  error?: string;
  errorId?: string;
  /** Shown before the buttons, e.g. the keyboard shortcut. */
  hint?: ReactNode;
  onCancel?(): void;
  submitLabel: string;
  onSubmit(): void;
  disabled?: boolean;
}

/** The foot of an advisor box (comment, endorsement, name): the error, then Cancel and the main button. */
export function BoxActions({ error, errorId, hint, onCancel, submitLabel, onSubmit, disabled }: BoxActionsProps) {
  return (
    <>
      {error ? (
        <p id={errorId} className="insp-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="adv-box__actions">
        {hint}
        {onCancel ? (
          <button type="button" className="insp-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="button" className="insp-button adv-button--primary" disabled={disabled} onClick={onSubmit}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}

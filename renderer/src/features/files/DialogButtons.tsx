import type { ReactNode } from 'react';

/** A dialog's action: a submit button of its form, or a button with its own handler. */
export interface DialogAction {
  label: ReactNode;
  /** Absent: the button submits the dialog's form (Enter in a field does the same). */
  onClick?: () => void;
  disabled?: boolean;
  /** Focus it when the dialog opens (see `Modal`). */
  autoFocus?: boolean;
}

export interface DialogButtonsProps {
  action: DialogAction;
  /** What leaves the dialog without acting: "Cancel", or "Done" where acting again is the point. */
  onCancel: () => void;
  cancelLabel?: string;
  cancelDisabled?: boolean;
  /** Shown before the buttons, e.g. a count of what the action will do. */
  children?: ReactNode;
}

/**
 * The row of buttons at the foot of a dialog, in one order in every dialog: the action
 * first, then Cancel, right-aligned — the order of the app's questions ("Save", "Don't Save",
 * "Cancel") and of Windows, where most of its users work.
 */
export function DialogButtons({ action, onCancel, cancelLabel = 'Cancel', cancelDisabled, children }: DialogButtonsProps) {
  return (
    <div className="fs-modal__buttons">
      {children}
      <button
        type={action.onClick ? 'button' : 'submit'}
        className="fs-button fs-button--primary"
        disabled={action.disabled}
        onClick={action.onClick}
        {...(action.autoFocus ? { 'data-autofocus': true } : {})}
      >
        {action.label}
      </button>
      <button type="button" className="fs-button" onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel}
      </button>
    </div>
  );
}

import type { ReactNode } from 'react';
import { primaryShortcut, type ActionId } from './actions';
import { formatShortcut } from './shortcuts';
import { useAction, useRunAction } from './useActions';

export interface ActionButtonProps {
  action: ActionId;
  children: ReactNode;
  /** Shown when the button shows only an icon; defaults to the action's label. */
  label?: string;
  disabled?: boolean;
  className?: string;
}

/** A toolbar button bound to a declared action: its label, shortcut hint and run come from one place. */
export function ActionButton({ action, children, label, disabled, className }: ActionButtonProps) {
  const run = useRunAction();
  const a = useAction(action);
  const name = label ?? a?.label ?? action;
  const shortcut = a ? primaryShortcut(a) : undefined;
  return (
    <button
      type="button"
      className={`btn ${className ?? ''}`}
      aria-label={name}
      title={shortcut ? `${name} (${formatShortcut(shortcut)})` : name}
      disabled={disabled || !a}
      onClick={() => run(action)}
    >
      {children}
    </button>
  );
}

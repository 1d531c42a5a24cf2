import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { isMacPlatform } from '../../app/shortcuts';
import { BoxActions } from './BoxActions';

interface CommentBoxProps {
  /** The text area's accessible name, e.g. "Add comment" or "Reply". */
  label: string;
  placeholder: string;
  submitLabel: string;
  /** Adds the text; returns a message to show when it could not (the text is then kept). */
  onSubmit(body: string): string | undefined;
  onCancel?(): void;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** Shows the label above the box rather than only to screen readers. */
  showLabel?: boolean;
}

const SUBMIT_HINT = isMacPlatform() ? '⌘↵ to send' : 'Ctrl+Enter to send';

/**
 * A text area that sends with Ctrl/Cmd+Enter or its button, and Escape cancels (for a
 * reply). Not a <form>: it sits inside the inspector's form, and forms may not nest.
 */
export function CommentBox({ label, placeholder, submitLabel, onSubmit, onCancel, autoFocus, inputRef, showLabel }: CommentBoxProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const submit = () => {
    const message = onSubmit(text);
    setError(message);
    if (!message) setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      submit();
    } else if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <div className="adv-box">
      <label htmlFor={id} className={showLabel ? 'insp-label' : 'visually-hidden'}>
        {label}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        className="insp-input adv-box__input"
        value={text}
        placeholder={placeholder}
        rows={2}
        maxLength={20_000}
        autoFocus={autoFocus}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <BoxActions
        error={error}
        errorId={errorId}
        hint={
          <span id={hintId} className="adv-box__hint">
            {SUBMIT_HINT}
          </span>
        }
        onCancel={onCancel}
        submitLabel={submitLabel}
        onSubmit={submit}
        disabled={!text.trim()}
      />
    </div>
  );
}

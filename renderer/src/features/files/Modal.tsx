import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialogs.css';

export interface ModalProps {
  title: string;
  children: ReactNode;
  /** Escape and a click on the backdrop; absent means the dialog must be answered. */
  onCancel?: () => void;
  wide?: boolean;
}

/**
 * A modal dialog: labelled, focus moved inside on open and kept there with Tab, Escape
 * cancels, and focus returns where it was. Keys pressed inside never reach the canvas
 * shortcuts (`data-own-keys`).
 */
export function Modal({ title, children, onCancel, wide }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = ref.current;
    const first = box?.querySelector<HTMLElement>('[data-autofocus]') ?? box?.querySelector<HTMLElement>('input, button');
    first?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('input, button, select, textarea, [tabindex="0"]')].filter((el) => !el.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="fs-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel?.()}>
      <div ref={ref} className={`fs-modal${wide ? ' fs-modal--wide' : ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown} data-own-keys>
        <h2 id={titleId} className="fs-modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

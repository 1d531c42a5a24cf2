import { useEffect } from 'react';
import type { Notice as NoticeValue } from './useCanvasAdapter';

const SHOW_MS = 5_000;

/** A short message near the pointer (e.g. why a link was refused); fades after a few seconds. */
export function Notice({ notice, onClose }: { notice: NoticeValue; onClose: () => void }) {
  useEffect(() => {
    const t = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(t);
  }, [notice, onClose]);
  const left = Math.min(notice.at.x + 14, window.innerWidth - 380);
  const top = Math.min(notice.at.y + 14, window.innerHeight - 120);
  return (
    <div className="canvas-notice" role="alert" style={{ left, top }} data-testid="canvas-notice">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d="M8 4.5v4.5M8 11v.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <p>{notice.message}</p>
      <button type="button" className="canvas-notice__close" onClick={onClose} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

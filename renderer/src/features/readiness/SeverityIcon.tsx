import { memo } from 'react';
import type { Severity } from '../../../../shared/analysis';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** A severity mark that differs by shape as well as colour: ✕ in a circle, ! in a triangle, i in a circle. */
export const SeverityIcon = memo(function SeverityIcon({ severity, decorative = false }: { severity: Severity; decorative?: boolean }) {
  const a11y = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': LABEL[severity] };
  return (
    <svg className={`rd-icon rd-icon--${severity}`} viewBox="0 0 16 16" width="14" height="14" {...a11y}>
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.5L15 14H1z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12" r="1" fill="#fff" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 7.5v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="4.8" r="1" fill="#fff" />
        </>
      )}
    </svg>
  );
});

export function severityLabel(severity: Severity, n: number): string {
  const word = { error: 'error', warning: 'warning', info: 'note' }[severity];
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts as three icon+number pairs, with one accessible sentence. */
export const CountsLine = memo(function CountsLine({ error, warning, info }: { error: number; warning: number; info: number }) {
  const text = [severityLabel('error', error), severityLabel('warning', warning), severityLabel('info', info)].join(', ');
  return (
    <span className="rd-counts" role="img" aria-label={text} title={text}>
      <span className={`rd-count${error ? '' : ' rd-count--zero'}`} aria-hidden="true">
        <SeverityIcon severity="error" decorative /> {error}
      </span>
      <span className={`rd-count${warning ? '' : ' rd-count--zero'}`} aria-hidden="true">
        <SeverityIcon severity="warning" decorative /> {warning}
      </span>
      <span className={`rd-count${info ? '' : ' rd-count--zero'}`} aria-hidden="true">
        <SeverityIcon severity="info" decorative /> {info}
      </span>
    </span>
  );
});

import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  note?: string;
  collapsed?: boolean;
  children: ReactNode;
}

/** A titled, foldable group of fields. */
export function Section({ id, title, note, collapsed, children }: SectionProps) {
  return (
    <details className="insp-section" open={!collapsed} data-section={id}>
      <summary className="insp-section-title">
        <h3>{title}</h3>
      </summary>
      {note ? <p className="insp-section-note">{note}</p> : null}
      <div className="insp-section-body">{children}</div>
    </details>
  );
}

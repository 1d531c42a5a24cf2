import type { ReactNode } from 'react';
import { useLastEdited } from '../hooks/useStamps';
import { editedText } from '../model/stamps';

interface RecordHeaderProps {
  recordId: string;
  /** "Micro-credential", "Link"… */
  kindLabel: string;
  /** Colour key of the kind, shared with the canvas's node colours. */
  tone: string;
  title: string;
  /** Chips after the kind: status, code. */
  badges?: ReactNode;
}

/** The top of the inspector: what is selected, its name, and who last edited it when. */
export function RecordHeader({ recordId, kindLabel, tone, title, badges }: RecordHeaderProps) {
  const edited = useLastEdited(recordId);
  return (
    <header className="insp-header">
      <div className="insp-kind-row">
        <span className={`insp-kind insp-tone-${tone}`}>{kindLabel}</span>
        {badges}
      </div>
      <h2 className="insp-title">{title}</h2>
      <p className="insp-edited">{edited ? editedText(edited) : 'Not edited yet'}</p>
    </header>
  );
}

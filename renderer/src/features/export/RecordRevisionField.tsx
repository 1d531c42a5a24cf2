import { useId } from 'react';
import { MAX_REVISION_NAME } from '../revisions/model/names';

interface RecordRevisionFieldProps {
  checked: boolean;
  onChecked(on: boolean): void;
  name: string;
  onName(name: string): void;
  /** Why it cannot be ticked (the user has not said who they are), if so. */
  unavailable?: string;
}

/**
 * "Record this export as a revision": a named snapshot of what was sent, so a returned review
 * copy can be compared with it and an approval can say what exactly was approved.
 */
export function RecordRevisionField({ checked, onChecked, name, onName, unavailable }: RecordRevisionFieldProps) {
  const id = useId();
  const on = checked && !unavailable;
  return (
    <div className="ex-record">
      <label className="ex-check">
        <input type="checkbox" checked={on} disabled={!!unavailable} onChange={(e) => onChecked(e.target.checked)} aria-describedby={on ? undefined : `${id}-hint`} />
        Record this export as a revision
      </label>
      {/* Ticked, the name field takes the hint's place: the dialog is tall enough already. */}
      {on ? (
        <div className="ex-record__name">
          <label className="fs-field__label" htmlFor={id}>
            Revision name
          </label>
          <input id={id} className="fs-input ex-text" value={name} maxLength={MAX_REVISION_NAME} onChange={(e) => onName(e.target.value)} autoComplete="off" />
        </div>
      ) : (
        <p id={`${id}-hint`} className="ex-record__hint">
          {unavailable ?? 'Keeps a named snapshot of what was sent, to compare with later.'}
        </p>
      )}
    </div>
  );
}

/** A line saying which revision's content is exported (from the Revisions panel), with a way back to now. */
export function ContentAtField({ name, onNow }: { name: string; onNow(): void }) {
  return (
    <div className="ex-at" role="group" aria-label="Content">
      <p className="ex-at__text">
        Exports the map as it was in the revision <strong>“{name}”</strong>.
      </p>
      <button type="button" className="fs-button" onClick={onNow}>
        Export the map as it is now
      </button>
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { useIdentityForm } from '../identity/useIdentityForm';
import { BoxActions } from './BoxActions';

interface IdentityGateProps {
  /** What the user wants to do once they are known, e.g. "comment". */
  purpose: string;
  /** Saves their name; absent when no file session can (then only the message shows). */
  onSave?(name: string, organisation: string): Promise<void>;
}

/**
 * Comments and endorsements carry a name, so the user says who they are first. The
 * welcome strip may have been waved off ("Not now"); this asks again, inline, in the
 * same words. Not a <form>: it sits inside the inspector's form.
 */
export function IdentityGate({ purpose, onSave }: IdentityGateProps) {
  const [open, setOpen] = useState(false);
  const { name, setName, organisation, setOrganisation, error, saving, save } = useIdentityForm(onSave);
  const id = useId();

  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void save();
  };

  if (!open || !onSave) {
    return (
      <div className="adv-gate">
        <p className="adv-gate__text">Tell us your name first, so others can see who wrote it. Your name goes with every {purpose}.</p>
        {onSave ? (
          <button type="button" className="insp-button" onClick={() => setOpen(true)}>
            Tell us your name
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="adv-gate" role="group" aria-label="Who you are">
      <label className="insp-label" htmlFor={`${id}-name`}>
        Your name
      </label>
      <input id={`${id}-name`} className="insp-input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" autoFocus aria-invalid={error ? true : undefined} onKeyDown={onEnter} />
      <label className="insp-label adv-gate__second" htmlFor={`${id}-org`}>
        Organisation
      </label>
      <input id={`${id}-org`} className="insp-input" value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={300} autoComplete="organization" onKeyDown={onEnter} />
      <BoxActions error={error} onCancel={() => setOpen(false)} submitLabel="Continue" onSubmit={() => void save()} disabled={saving} />
    </div>
  );
}

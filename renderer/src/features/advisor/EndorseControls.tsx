import { useCallback, useId, useState } from 'react';
import type { McredDocument } from '../../../../shared/model';
import { useDerived } from '../inspector/hooks/useDerived';
import { useAdvisorEdits, useIdentity, useSaveIdentity } from './hooks';
import { BoxActions } from './BoxActions';
import { IdentityGate } from './IdentityGate';
import { myEndorsement } from './model/calls';
import './advisor.css';

/** The user's own endorsement of a skill or credential: endorse (with an optional note) or withdraw it. */
export function EndorseControls({ target }: { target: string }) {
  const identity = useIdentity();
  const saveIdentity = useSaveIdentity();
  const edits = useAdvisorEdits(identity);
  const me = identity?.personId;
  const mine = useDerived(useCallback((d: McredDocument) => myEndorsement(d, target, me)?.id, [target, me]));
  const [writing, setWriting] = useState(false);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();

  if (!edits) {
    return asking ? (
      <IdentityGate purpose="endorsement" onSave={saveIdentity} />
    ) : (
      <div className="adv-endorse">
        <button type="button" className="insp-button" onClick={() => setAsking(true)}>
          Endorse…
        </button>
      </div>
    );
  }
  if (mine) {
    return (
      <div className="adv-endorse">
        <button type="button" className="insp-button" onClick={() => setError(edits.withdraw(mine))}>
          Withdraw my endorsement
        </button>
        {error ? <p className="insp-error">{error}</p> : null}
      </div>
    );
  }
  if (!writing) {
    return (
      <div className="adv-endorse">
        <button type="button" className="insp-button adv-button--primary" onClick={() => setWriting(true)}>
          Endorse…
        </button>
      </div>
    );
  }
  const submit = () => {
    const message = edits.endorse(target, note);
    setError(message);
    if (!message) {
      setWriting(false);
      setNote('');
    }
  };
  return (
    <div className="adv-endorse adv-endorse--writing" role="group" aria-label="Your endorsement">
      <label className="insp-label" htmlFor={id}>
        Note <span className="adv-optional">optional</span>
      </label>
      <p className="insp-hint">Why you vouch for it, e.g. the roles that need it. Dated today.</p>
      <textarea
        id={id}
        className="insp-input"
        value={note}
        rows={2}
        maxLength={5_000}
        autoFocus
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setWriting(false);
          }
        }}
      />
      <BoxActions error={error} onCancel={() => setWriting(false)} submitLabel="Endorse" onSubmit={submit} />
    </div>
  );
}

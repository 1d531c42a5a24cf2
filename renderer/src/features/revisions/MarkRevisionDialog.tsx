import { useId, useState, type FormEvent } from 'react';
import { IdentityGate } from '../advisor/IdentityGate';
import { useFileController } from '../files/FileControllerContext';
import { Modal } from '../files/Modal';
import { secureRandom } from '../files/randomIds';
import { REVISION_LABELS, revisionCall } from './model/calls';
import { MAX_REVISION_NAME, checkRevisionName, markRevisionName } from './model/names';
import { useUserCommand } from './useUserCommand';
import './revisions.css';
import { DialogButtons } from '../files/DialogButtons';

/** Mark Revision…: names a snapshot of the whole map as it is now, as one undoable step. */
export function MarkRevisionDialog({ onClose }: { onClose: () => void }) {
  const controller = useFileController();
  const { identity, saveIdentity, run } = useUserCommand();
  const [name, setName] = useState(() => markRevisionName(new Date()));
  const [error, setError] = useState<string>();
  const id = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const message = run((me) => revisionCall(name, me, { now: new Date(), random: secureRandom }), REVISION_LABELS.mark);
    if (message) return setError(message);
    onClose();
    const checked = checkRevisionName(name);
    controller.notify('success', `Marked revision “${checked.ok ? checked.name : name}”. View ▸ Revisions compares it with later versions.`);
  };

  return (
    <Modal title="Mark Revision" onCancel={onClose}>
      <form className="rv-form" onSubmit={submit} noValidate>
        <p className="rv-form__intro">A named snapshot of the whole map as it is now. Later you can compare with it, or export a Word specification with the changes made since.</p>
        {identity === null ? <IdentityGate purpose="revision" onSave={saveIdentity} /> : null}
        <div className="fs-field">
          <label className="fs-field__label" htmlFor={id}>
            Name
          </label>
          <input
            id={id}
            className="fs-input rv-text"
            value={name}
            maxLength={MAX_REVISION_NAME}
            onChange={(e) => setName(e.target.value)}
            onFocus={(e) => e.target.select()}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            data-autofocus
            autoComplete="off"
          />
        </div>
        {error ? (
          <p id={`${id}-error`} className="ex-error" role="alert">
            {error}
          </p>
        ) : null}
        <DialogButtons action={{ label: 'Mark revision', disabled: !identity }} onCancel={onClose} />
      </form>
    </Modal>
  );
}

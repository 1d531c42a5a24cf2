import { LoadProblems } from './LoadProblems';
import { RepairDialogView } from './RepairDialogView';
import { PathDialogView } from './PathDialogView';
import { Modal } from './Modal';
import { useFileUi } from './FileControllerContext';
import type { ChoiceDialog } from './fileState';

/** Whichever question the file flows are waiting on. */
export function FileDialogs() {
  const { dialog } = useFileUi();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'choice':
      return <ChoiceDialogView dialog={dialog} />;
    case 'problems':
      return (
        <Modal title="This file could not be opened" onCancel={() => dialog.answer()} wide>
          <div className="fs-modal__problems">
            <LoadProblems path={dialog.path} problems={dialog.problems} more={dialog.more} embedded />
          </div>
          <div className="fs-modal__buttons">
            <button type="button" className="fs-button fs-button--primary" onClick={() => dialog.answer()} data-autofocus>
              OK
            </button>
          </div>
        </Modal>
      );
    case 'repair':
      return <RepairDialogView dialog={dialog} />;
    case 'open':
    case 'saveAs':
    case 'mergeCopy':
      return <PathDialogView dialog={dialog} />;
  }
}

function ChoiceDialogView({ dialog }: { dialog: ChoiceDialog }) {
  const cancel = dialog.choices.find((c) => c.id === 'cancel');
  return (
    <Modal title={dialog.title} onCancel={cancel ? () => dialog.answer('cancel') : undefined}>
      <p className="fs-modal__message">{dialog.message}</p>
      {dialog.detail && <p className="fs-modal__detail">{dialog.detail}</p>}
      <div className="fs-modal__buttons">
        {dialog.choices.map((c, i) => (
          <button
            key={c.id}
            type="button"
            className={`fs-button${c.tone ? ` fs-button--${c.tone}` : ''}`}
            onClick={() => dialog.answer(c.id)}
            {...(i === 0 ? { 'data-autofocus': true } : {})}
          >
            {c.label}
          </button>
        ))}
      </div>
    </Modal>
  );
}

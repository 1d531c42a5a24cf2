import { useId } from 'react';
import { LoadProblems } from './LoadProblems';
import { Modal } from './Modal';
import { describeRepair } from './messages';
import type { RepairDialog } from './fileState';
import { DialogButtons } from './DialogButtons';

/**
 * "Recover the contents": what is wrong with a damaged file and what the repair changes,
 * item by item, before anything happens. Repair and Open is the default (Enter); Escape
 * and Cancel leave the file and the window as they were.
 */
export function RepairDialogView({ dialog }: { dialog: RepairDialog }) {
  const problemsId = useId();
  const repairsId = useId();
  const name = dialog.path.split(/[\\/]/).pop() ?? dialog.path;
  const n = dialog.repairs.length;
  return (
    <Modal title={`“${name}” is damaged but can be repaired`} onCancel={() => dialog.answer(false)} wide>
      <p className="fs-modal__message">
        The repair removes what points at nothing; each change is listed below. Nothing is written until you save, and saving keeps the damaged file as “{name}.bak”.
      </p>
      <section className="fs-path__section fs-repair__section" aria-labelledby={repairsId}>
        <h3 id={repairsId} className="fs-path__heading">
          {n === 1 ? 'The repair makes one change' : `The repair makes ${n} changes`}
        </h3>
        <ol className="fs-repair__list" aria-labelledby={repairsId} tabIndex={0}>
          {dialog.repairs.map((r, i) => (
            <li key={i}>{describeRepair(r)}</li>
          ))}
        </ol>
      </section>
      <details className="fs-path__section fs-repair__section fs-repair__problems">
        <summary id={problemsId} className="fs-path__heading">
          What is wrong with the file
        </summary>
        <div className="fs-modal__problems" aria-labelledby={problemsId}>
          <LoadProblems path={dialog.path} problems={dialog.problems} more={dialog.more} embedded />
        </div>
      </details>
      <DialogButtons action={{ label: 'Repair and Open', onClick: () => dialog.answer(true), autoFocus: true }} onCancel={() => dialog.answer(false)} />
    </Modal>
  );
}

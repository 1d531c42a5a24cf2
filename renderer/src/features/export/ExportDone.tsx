import { useState } from 'react';
import type { ExportDocumentResult } from '../../../../shared/ipc';
import { useFileController } from '../files/FileControllerContext';
import { Modal } from '../files/Modal';

type Done = Extract<ExportDocumentResult, { ok: true }>;

const size = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`);

/** After an export: where the file went, what the user should know, and "Show in folder". */
export function ExportDone({ result, onClose }: { result: Done; onClose: () => void }) {
  const { api } = useFileController();
  const [shown, setShown] = useState<string | null>(null);
  const show = async () => {
    const r = await api.showInFolder({ path: result.path }).catch((e: unknown) => ({ ok: false as const, message: String(e) }));
    setShown(r.ok ? (r.shown ? null : `The file is in ${r.folder}`) : r.message);
  };
  return (
    <Modal title="Export" onCancel={onClose} wide>
      <div className="ex-done">
        <p role="status" className="ex-done__path">
          Exported to <code>{result.path}</code> ({size(result.bytes)}).
        </p>
        {result.notes.length > 0 && (
          <section aria-label="Notes" className="ex-notes">
            <h3 className="ex-legend">Notes</h3>
            <ul>
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
        )}
        {shown && <p className="ex-done__folder">{shown}</p>}
        <div className="fs-modal__buttons">
          <button type="button" className="fs-button fs-button--primary" onClick={onClose} data-autofocus>
            Done
          </button>
          <button type="button" className="fs-button" onClick={() => void show()}>
            Show in folder
          </button>
        </div>
      </div>
    </Modal>
  );
}

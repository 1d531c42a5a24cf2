import { useFileController, useFileUi } from './FileControllerContext';
import { formatTime } from './messages';

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Strips above the workspace that need an answer but must not block editing: the file is
 * read-only, or unsaved work from a session that ended without saving can be restored.
 */
export function FileBanners() {
  const controller = useFileController();
  const { source, recovery, map } = useFileUi();
  const offer = recovery[0];
  const title = map?.store.getState().doc.settings.title;
  const readOnly = source?.kind === 'file' && source.readOnly;
  if (!readOnly && !offer) return null;
  return (
    <div className="fs-banners">
      {source?.kind === 'file' && source.readOnly && (
        <div className="fs-banner fs-banner--warning" role="status" data-testid="read-only-banner">
          <span>
            <strong>Read-only:</strong> “{fileName(source.path)}” cannot be saved here. Save As to keep your changes.
          </span>
          <button type="button" className="fs-button fs-button--small" onClick={() => void controller.saveAs()}>
            Save As…
          </button>
        </div>
      )}
      {offer && (
        <div className="fs-banner fs-banner--info" role="dialog" aria-modal="false" aria-label="Restore unsaved changes" data-testid="recovery-offer">
          <span>
            <strong>Restore unsaved changes from {formatTime(offer.savedAt)}?</strong> Micro-Credential Studio closed before “{offer.title || title}” was saved.
            {recovery.length > 1 && ` (${recovery.length - 1} older ${recovery.length === 2 ? 'copy' : 'copies'} too.)`}
          </span>
          <span className="fs-banner__actions">
            <button type="button" className="fs-button fs-button--small fs-button--primary" onClick={() => void controller.restoreRecovery(offer.id)}>
              Restore
            </button>
            <button type="button" className="fs-button fs-button--small" onClick={() => void controller.discardRecovery(offer.id)}>
              Discard
            </button>
          </span>
        </div>
      )}
    </div>
  );
}

/** The latest message about files: saved as, merged, or what went wrong. */
export function FileNotice() {
  const controller = useFileController();
  const { notice, busy } = useFileUi();
  if (!notice && !busy) return null;
  return (
    <div className="fs-toast-region">
      {busy && (
        <div className="fs-toast fs-toast--busy" role="status">
          {busy}
        </div>
      )}
      {notice && (
        <div key={notice.id} className={`fs-toast fs-toast--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="file-notice">
          <div className="fs-toast__text">
            <p>{notice.text}</p>
            {notice.details && (
              <ul className="fs-toast__details">
                {notice.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
            {notice.action && (
              <button
                type="button"
                className="fs-button fs-button--small fs-toast__action"
                onClick={() => {
                  notice.action?.run();
                  controller.dismissNotice();
                }}
              >
                {notice.action.label}
              </button>
            )}
          </div>
          <button type="button" className="fs-toast__close" aria-label="Dismiss" onClick={() => controller.dismissNotice()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

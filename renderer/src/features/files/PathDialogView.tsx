import { useEffect, useState, type FormEvent } from 'react';
import type { FolderListing, RecentFile } from '../../../../shared/ipc';
import { Modal } from './Modal';
import { useFileController } from './FileControllerContext';
import type { PathDialog } from './fileState';
import { formatTime } from './messages';
import { DialogButtons } from './DialogButtons';

/** Joins a folder and a name with the folder's own separator (the host may be Windows). */
function join(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('~') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/**
 * The browser host's own Open and Save As forms: a web page cannot show the system's file
 * dialog and learn a real path, so the host lists folders for it. Open also lists recent
 * maps; any path can be typed.
 */
export function PathDialogView({ dialog }: { dialog: PathDialog }) {
  const { api } = useFileController();
  const saving = dialog.kind === 'saveAs';
  const merging = dialog.kind === 'mergeCopy';
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [name, setName] = useState(dialog.suggestedName ?? '');

  const browse = (path?: string) => {
    void api.listFolder(path === undefined ? {} : { path }).then(setListing, () => undefined);
  };
  useEffect(() => {
    let live = true;
    void api.listFolder({}).then((l) => live && setListing(l), () => undefined);
    if (!saving) void api.listRecentFiles().then((r) => live && setRecent(r), () => undefined);
    return () => {
      live = false;
    };
  }, [api, saving]);

  const target = (typed: string) => (isAbsolute(typed) || !listing ? typed : join(listing.path, typed));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = name.trim();
    if (typed) dialog.answer({ path: target(typed) });
  };

  return (
    <Modal title={saving ? 'Save Map As' : merging ? 'Merge Another Copy' : 'Open Map'} onCancel={() => dialog.answer(null)} wide>
      <form className="fs-path" onSubmit={submit}>
        {merging && <p className="fs-path__hint">Pick the other copy — e.g. a sync client's “conflicted copy” — to merge its changes into this map. Nothing is saved until you save.</p>}
        {!saving && !merging && recent.length > 0 && (
          <section className="fs-path__section" aria-label="Recent maps">
            <h3 className="fs-path__heading">Recent</h3>
            <ul className="fs-path__list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="fs-path__item" onClick={() => dialog.answer({ path: r.path, recent: true })} title={r.path}>
                    <span className="fs-path__name">{r.title}</span>
                    <span className="fs-path__meta">
                      {r.path} · {formatTime(r.openedAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="fs-path__section" aria-label="Folder">
          <h3 className="fs-path__heading">
            <span className="fs-path__folder" data-testid="folder-path">
              {listing?.path ?? '…'}
            </span>
          </h3>
          {listing && !listing.ok && <p className="fs-path__error">{listing.message}</p>}
          <ul className="fs-path__list fs-path__list--folder">
            {listing?.parent && (
              <li>
                <button type="button" className="fs-path__item fs-path__item--folder" onClick={() => browse(listing.parent ?? undefined)}>
                  ↑ Up to {listing.parent}
                </button>
              </li>
            )}
            {listing?.folders.map((f) => (
              <li key={`d:${f}`}>
                <button type="button" className="fs-path__item fs-path__item--folder" onClick={() => browse(join(listing.path, f))}>
                  <FolderIcon /> {f}
                </button>
              </li>
            ))}
            {listing?.files.map((f) => (
              <li key={`f:${f.path}`}>
                <button
                  type="button"
                  className="fs-path__item"
                  onClick={() => (saving ? setName(f.name) : dialog.answer({ path: f.path }))}
                >
                  <span className="fs-path__name">{f.name}</span>
                  <span className="fs-path__meta">{f.modified && formatTime(f.modified)}</span>
                </button>
              </li>
            ))}
            {listing?.ok && listing.folders.length + listing.files.length === 0 && <li className="fs-path__empty">No maps in this folder.</li>}
          </ul>
        </section>
        <label className="fs-field">
          <span className="fs-field__label">{saving ? 'File name or path' : 'Path of the map to open'}</span>
          <input
            className="fs-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={saving ? 'My map.mcred' : '/path/to/map.mcred'}
            spellCheck={false}
            autoComplete="off"
            data-autofocus
          />
        </label>
        <DialogButtons action={{ label: saving ? 'Save' : merging ? 'Merge' : 'Open', disabled: name.trim() === '' }} onCancel={() => dialog.answer(null)} />
      </form>
    </Modal>
  );
}

function FolderIcon() {
  return (
    <svg className="fs-path__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d="M1.5 3.5h4l1.5 1.5h7.5v8h-13z" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
    </svg>
  );
}

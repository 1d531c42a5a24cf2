import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ExportDocumentResult } from '../../../../shared/ipc';
import { credentialsOf } from '../../../../shared/export/scope';
import type { McredDocument, ProfileId } from '../../../../shared/model';
import { useDocumentStore, useSelection } from '../../store';
import { useFileController, useFileUi } from '../files/FileControllerContext';
import { Modal } from '../files/Modal';
import { ExportDone } from './ExportDone';
import { CredentialField, FormatField, ProfilesField, RevisionField } from './ExportFields';
import { exportFileName, folderOf, formatOption, joinPath, type ExportFormatId } from './exportOptions';
import { useExportProgress } from './useExportProgress';
import './export.css';

type Done = Extract<ExportDocumentResult, { ok: true }>;

function mainCredential(doc: McredDocument, credentials: readonly { id: string }[]): string {
  const outcomes = (id: string) => Object.values(doc.links).filter((l) => l.kind === 'part-of' && l.to === id).length;
  return [...credentials].sort((a, b) => outcomes(b.id) - outcomes(a.id))[0]?.id ?? '';
}

/** The export dialog: format, credentials, profiles, a baseline revision, the output path. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { api } = useFileController();
  const { source, host } = useFileUi();
  const store = useDocumentStore();
  const doc = useMemo(() => store.getState().doc, [store]);
  const credentials = useMemo(() => credentialsOf(doc).map((c) => ({ id: c.id, label: c.title })), [doc]);
  const revisions = useMemo(
    () => Object.values(doc.revisions).sort((a, b) => b.at.localeCompare(a.at)).map((r) => ({ id: r.id, label: `${r.name} (${r.at.slice(0, 10)})` })),
    [doc],
  );

  const [formatId, setFormatId] = useState<ExportFormatId>('docx');
  const selection = useSelection();
  /** The selected credential, else the one with the most outcomes (the map's main one). */
  const [one, setOne] = useState(() => credentials.find((c) => selection.includes(c.id))?.id ?? mainCredential(doc, credentials));
  const [many, setMany] = useState(() => new Set(credentials.map((c) => c.id)));
  const [profiles, setProfiles] = useState(() => new Set<ProfileId>(doc.settings.profiles));
  const [against, setAgainst] = useState('');
  const [folder, setFolder] = useState(source?.kind === 'file' ? folderOf(source.path) : '');
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; exists: boolean } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const progress = useExportProgress(api, busy);

  const format = formatOption(formatId);
  useEffect(() => {
    if (folder) return;
    let live = true;
    void api.listFolder({}).then((l) => live && setFolder(l.path), () => undefined);
    return () => {
      live = false;
    };
  }, [api, folder]);

  const baseTitle = format.many ? `${doc.settings.title} catalogue` : (credentials.find((c) => c.id === one)?.label ?? doc.settings.title);
  const path = typedPath ?? (folder ? joinPath(folder, exportFileName(baseTitle, format.extension)) : '');
  const ids = format.many ? credentials.filter((c) => many.has(c.id)).map((c) => c.id) : [one];
  const ready = !busy && path.trim() !== '' && ids.length > 0 && ids[0] !== '';

  async function run(overwrite: boolean) {
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const request = { format: formatId, credentialIds: ids, profiles: [...profiles], ...(format.redline && against ? { against } : {}) };
      const result = await api.exportDocument({ doc: store.getState().doc, request, path: path.trim(), overwrite });
      if (result.ok) setDone(result);
      else if (result.code !== 'cancelled') setError({ message: result.message, exists: result.code === 'exists' });
    } catch (e) {
      setError({ message: e instanceof Error ? e.message : String(e), exists: false });
    } finally {
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(false);
  };
  /** Enter exports from anywhere in the form (selects and buttons do not submit by themselves). */
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.target instanceof HTMLButtonElement || (e.target instanceof HTMLInputElement && e.target.type === 'text')) return;
    e.preventDefault();
    void run(false);
  };

  if (done) return <ExportDone result={done} onClose={onClose} />;
  return (
    <Modal title="Export" onCancel={busy ? undefined : onClose} wide>
      <form className="ex-form" onSubmit={submit} onKeyDown={onKeyDown} aria-busy={busy}>
        <FormatField value={formatId} onChange={setFormatId} />
        <CredentialField format={format} credentials={credentials} one={one} many={many} onOne={setOne} onMany={setMany} />
        <ProfilesField value={profiles} onChange={setProfiles} />
        {format.redline && <RevisionField revisions={revisions} value={against} onChange={setAgainst} />}
        <label className="fs-field">
          <span className="fs-field__label">{host?.nativeDialogs ? 'Suggested file (the system dialog confirms it)' : 'Export to'}</span>
          <input className="fs-input" value={path} onChange={(e) => setTypedPath(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        {busy && (
          <div className="ex-progress" role="status">
            <progress aria-label="Export progress" {...(progress ? { value: progress.done, max: progress.total } : {})} />
            <span>{progress ? `Building ${progress.done} of ${progress.total}…` : 'Exporting…'}</span>
          </div>
        )}
        {error && (
          <p className="ex-error" role="alert">
            {error.exists ? `${error.message} Replace it?` : `Export failed: ${error.message}`}
          </p>
        )}
        <div className="fs-modal__buttons">
          {error?.exists ? (
            <button type="button" className="fs-button fs-button--primary" onClick={() => void run(true)} disabled={busy}>
              Replace
            </button>
          ) : (
            <button type="submit" className="fs-button fs-button--primary" disabled={!ready}>
              Export
            </button>
          )}
          <button type="button" className="fs-button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

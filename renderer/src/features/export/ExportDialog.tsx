import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ExportDocumentResult } from '../../../../shared/ipc';
import { credentialsOf, statusMark } from '../../../../shared/export/scope';
import type { PaperSize } from '../../../../shared/export/locale';
import type { McredDocument, ProfileId } from '../../../../shared/model';
import { useDocumentStore, useSelection } from '../../store';
import { IdentityGate } from '../advisor/IdentityGate';
import { useIdentity, useSaveIdentity } from '../advisor/hooks';
import { useFileController, useFileUi } from '../files/FileControllerContext';
import { Modal } from '../files/Modal';
import { secureRandom } from '../files/randomIds';
import { exportRevisionName } from '../revisions/model/names';
import { prepareRevision } from '../revisions/pendingRevision';
import { ExportDone } from './ExportDone';
import { CatalogueScopeField, CredentialField, FormatField, PaperField, ProfilesField, RevisionField } from './ExportFields';
import type { ExportPreset } from './exportLauncher';
import { exportFileName, folderOf, formatOption, joinPath, scopeStatuses, type CatalogueScope, type ExportFormatId } from './exportOptions';
import { ContentAtField, RecordRevisionField } from './RecordRevisionField';
import { useExportProgress } from './useExportProgress';
import './export.css';
import { DialogButtons } from '../files/DialogButtons';

type Done = Extract<ExportDocumentResult, { ok: true }>;

function mainCredential(doc: McredDocument, credentials: readonly { id: string }[]): string {
  const outcomes = (id: string) => Object.values(doc.links).filter((l) => l.kind === 'part-of' && l.to === id).length;
  return [...credentials].sort((a, b) => outcomes(b.id) - outcomes(a.id))[0]?.id ?? '';
}

/**
 * The export dialog: format, credentials, profiles, a baseline revision, whether to record
 * the export as a revision, the output path. A preset (from the Revisions panel) picks the
 * format, the baseline and the revision whose content is exported.
 */
export function ExportDialog({ onClose, preset }: { onClose: () => void; preset?: ExportPreset }) {
  const { api } = useFileController();
  const { source, host } = useFileUi();
  const store = useDocumentStore();
  const doc = useMemo(() => store.getState().doc, [store]);
  const credentials = useMemo(() => credentialsOf(doc).map((c) => ({ id: c.id, label: c.title, mark: statusMark(c) })), [doc]);
  const revisions = useMemo(
    () => Object.values(doc.revisions).sort((a, b) => b.at.localeCompare(a.at)).map((r) => ({ id: r.id, label: `${r.name} (${r.at.slice(0, 10)})` })),
    [doc],
  );

  const identity = useIdentity();
  const saveIdentity = useSaveIdentity();
  const [formatId, setFormatId] = useState<ExportFormatId>(preset?.format ?? 'docx');
  const selection = useSelection();
  /** The selected credential, else the one with the most outcomes (the map's main one). */
  const [one, setOne] = useState(() => credentials.find((c) => selection.includes(c.id))?.id ?? mainCredential(doc, credentials));
  const [many, setMany] = useState(() => new Set(credentials.map((c) => c.id)));
  /** Word catalogue: approved and published credentials only, or all with drafts marked. */
  const [scope, setScope] = useState<CatalogueScope>('approved');
  const inScope = useMemo(() => (scope === 'all' ? credentials : credentials.filter((c) => c.mark === undefined)), [credentials, scope]);
  const [profiles, setProfiles] = useState(() => new Set<ProfileId>(doc.settings.profiles));
  const [against, setAgainst] = useState(preset?.against ?? '');
  /** Empty: the paper usual in the map's country. */
  const [paper, setPaper] = useState<PaperSize | ''>('');
  /** The revision whose content is exported; empty for the map as it is now. */
  const [at, setAt] = useState(preset?.at && doc.revisions[preset.at] ? preset.at : '');
  /** The user's tick per format; untouched, Word formats record and open data does not. */
  const [recordChoice, setRecordChoice] = useState<Partial<Record<ExportFormatId, boolean>>>({});
  const [typedName, setTypedName] = useState<string | null>(null);
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
  const ids = format.many ? inScope.filter((c) => many.has(c.id)).map((c) => c.id) : [one];
  const ready = !busy && path.trim() !== '' && ids.length > 0 && ids[0] !== '';
  // Exporting an earlier revision's content sends that revision; a new one would snapshot something else.
  const recordable = !at;
  const record = recordable && !!identity && (recordChoice[formatId] ?? format.redline);
  const suggestedName = useMemo(() => exportRevisionName(new Date(), format.many ? undefined : credentials.find((c) => c.id === one)?.label), [format.many, credentials, one]);
  const revisionName = typedName ?? suggestedName;

  async function run(overwrite: boolean) {
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const prepared = record && identity ? prepareRevision(store, identity, revisionName, { now: new Date(), random: secureRandom }) : undefined;
      if (prepared && !prepared.ok) return setError({ message: prepared.message, exists: false });
      const pending = prepared?.pending;
      const revision = pending?.id ?? (at || undefined);
      const request = {
        format: formatId,
        credentialIds: ids,
        ...(format.many ? { statuses: scopeStatuses(scope) } : {}),
        profiles: [...profiles],
        ...(format.redline && against ? { against } : {}),
        ...(at ? { at } : {}),
        ...(revision ? { revision } : {}),
        ...(format.redline && paper ? { paper } : {}),
      };
      const result = await api.exportDocument({ doc: pending?.doc ?? store.getState().doc, request, path: path.trim(), overwrite });
      if (result.ok) {
        const refused = pending?.commit();
        setDone(refused ? { ...result, notes: [...result.notes, `The export was not recorded as a revision: ${refused}.`] } : result);
      } else if (result.code !== 'cancelled') setError({ message: result.message, exists: result.code === 'exists' });
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
        {format.many ? <CatalogueScopeField value={scope} onChange={setScope} /> : null}
        <CredentialField format={format} credentials={format.many ? inScope : credentials} one={one} many={many} onOne={setOne} onMany={setMany} />
        <ProfilesField value={profiles} onChange={setProfiles} />
        {format.redline && <RevisionField revisions={revisions} value={against} onChange={setAgainst} />}
        {format.redline && <PaperField country={doc.settings.country} value={paper} onChange={setPaper} />}
        {at ? <ContentAtField name={doc.revisions[at]?.name ?? at} onNow={() => setAt('')} /> : null}
        {recordable ? (
          <RecordRevisionField
            checked={record}
            onChecked={(on) => setRecordChoice((c) => ({ ...c, [formatId]: on }))}
            name={revisionName}
            onName={setTypedName}
            unavailable={identity ? undefined : 'A revision says who made it: tell us your name first.'}
          />
        ) : null}
        {recordable && identity === null ? <IdentityGate purpose="revision" onSave={saveIdentity} /> : null}
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
        <DialogButtons
          action={error?.exists ? { label: 'Replace', onClick: () => void run(true), disabled: busy } : { label: 'Export', disabled: !ready }}
          onCancel={onClose}
          cancelDisabled={busy}
        />
      </form>
    </Modal>
  );
}

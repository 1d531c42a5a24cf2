import { FORMAT_LABEL, IMPORT_FORMATS, type ImportFormat } from '../../../../shared/import';
import { Modal } from '../files/Modal';
import { DuplicateList } from './DuplicateList';
import { MappingPreview } from './MappingPreview';
import { SkillPicker } from './SkillPicker';
import { UpdateList } from './UpdateList';
import { useImportWizard } from './useImportWizard';
import './import.css';
import { RowProblemList } from './RowProblemList';
import { DialogButtons } from '../files/DialogButtons';

export interface ImportWizardProps {
  open: boolean;
  onClose: () => void;
}


/**
 * File ▸ Import…: choose a file → detected format and a preview (with the column mapping
 * for generic tables) → pick skills → duplicates merged or skipped → Apply, as ONE command.
 * A release of a framework the map has skills from also lists the updates to those skills,
 * flagged on Import in the same undo step.
 * Parsing runs in a Web Worker with a progress bar, so a 10 MB ESCO file never freezes the UI.
 */
export function ImportWizard({ open, onClose }: ImportWizardProps) {
  if (!open) return null;
  return <WizardBody onClose={onClose} />;
}

function WizardBody({ onClose }: { onClose: () => void }) {
  const w = useImportWizard(onClose);
  const r = w.result;
  const counts = w.plan && {
    added: w.plan.added.length,
    merged: w.plan.duplicates.filter((d) => d.action === 'merge').length,
    skipped: w.plan.duplicates.filter((d) => d.action === 'skip').length + w.plan.repeated.length,
    flagged: w.updates?.updates.length ?? 0,
  };
  return (
    <Modal title="Import skills" onCancel={onClose} wide>
      <div className="imp">
        <div className="imp-row">
          <label>
            File{' '}
            <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json" onChange={(e) => e.target.files?.[0] && void w.chooseFile(e.target.files[0])} data-autofocus />
          </label>
          {w.format && (
            <label>
              Format{' '}
              <select value={w.format} onChange={(e) => w.chooseFormat(e.target.value as ImportFormat)} aria-label="Format">
                {IMPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABEL[f]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {w.progress !== undefined && <progress className="imp-progress" value={w.progress} max={1} aria-label="Reading the file" />}
        {r && !r.ok && (
          <p className="imp-error" role="alert">
            {w.file?.name}: {r.message}
          </p>
        )}
        {r?.ok && (
          <>
            <MappingPreview columns={r.columns} preview={r.preview} {...(r.format === 'csv' && w.mapping ? { mapping: w.mapping, onMappingChange: w.setMapping } : {})} />
            <div className="imp-release">
              <label>
                Release{' '}
                <input type="text" value={w.release} onChange={(e) => w.setRelease(e.target.value)} placeholder="e.g. ESCO v1.2.0" maxLength={200} aria-describedby="imp-release-hint" />
              </label>
              <span className="imp-count" id="imp-release-hint">
                stored on the imported skills, and named in updates
              </span>
            </div>
            {r.problems.length > 0 && (
              <section className="imp-problems" aria-label="Malformed rows">
                <strong>
                  {r.problems.length} malformed row{r.problems.length === 1 ? '' : 's'}
                </strong>
                <RowProblemList problems={r.problems} label="Malformed rows by line" />
                <label>
                  <input type="radio" name="imp-on-error" checked={w.onError === 'skip'} onChange={() => w.setOnError('skip')} /> Skip these rows
                </label>
                <label>
                  <input type="radio" name="imp-on-error" checked={w.onError === 'stop'} onChange={() => w.setOnError('stop')} /> Stop (import nothing)
                </label>
              </section>
            )}
            <SkillPicker skills={r.skills} selected={w.selected} onChange={w.setSelected} />
            {w.updates && <UpdateList check={w.updates} askFull={r.format !== 'case'} fullRelease={w.fullRelease} onFullRelease={w.setFullRelease} />}
            {w.plan && <DuplicateList duplicates={w.plan.duplicates} actionOf={(d) => d.action} onAction={w.setDuplicateAction} />}
            {w.plan && w.plan.repeated.length > 0 && (
              <p className="imp-count">
                {w.plan.repeated.length} selected row{w.plan.repeated.length === 1 ? ' repeats' : 's repeat'} an earlier row of the file (same URI, code or label) and will be skipped, e.g. line{' '}
                {w.plan.repeated[0]!.skill.line} repeats line {w.plan.repeated[0]!.firstLine}.
              </p>
            )}
          </>
        )}
        {w.refusal && (
          <p className="imp-error" role="alert">
            Nothing was imported: {w.refusal}
          </p>
        )}
        <DialogButtons action={{ label: 'Import', onClick: w.apply, disabled: !counts || w.blocked || counts.added + counts.merged + counts.flagged === 0 }} onCancel={onClose}>
          {counts && (
            <span className="imp-summary">
              add {counts.added}, merge {counts.merged}, skip {counts.skipped}
              {counts.flagged ? `, flag ${counts.flagged} update${counts.flagged === 1 ? '' : 's'}` : ''}
            </span>
          )}
        </DialogButtons>
      </div>
    </Modal>
  );
}

import { useCallback, useMemo, useState } from 'react';
import type { Credential, McredDocument } from '../../../../shared/model';
import { useDoc, useDocumentStore } from '../../store';
import { cycleCell, newLinkId } from './cellCommands';
import { buildMatrix, cellKey, type MatrixKind } from './matrixModel';
import { MatrixGrid } from './MatrixGrid';
import './matrix.css';

const TABS: { kind: MatrixKind; label: string }[] = [
  { kind: 'skills', label: 'Skills × outcomes' },
  { kind: 'assessments', label: 'Outcomes × assessments' },
];

const selectEntities = (d: McredDocument) => d.entities;
const selectLinks = (d: McredDocument) => d.links;

/**
 * The coverage matrix: skills × outcomes with I/R/M levels, and outcomes × assessments.
 * A click (or Space/Enter) moves a cell to its next state through a link command, so
 * each change is one undoable step. Gaps are tinted; a credential filter narrows the grid.
 */
export function MatrixView() {
  const store = useDocumentStore();
  const entities = useDoc(selectEntities);
  const links = useDoc(selectLinks);
  const [kind, setKind] = useState<MatrixKind>('skills');
  const [credential, setCredential] = useState<string>('');
  const [notice, setNotice] = useState<string>();
  const credentials = useMemo(
    () =>
      Object.values(entities)
        .filter((e): e is Credential => e.kind === 'credential')
        .sort((a, b) => a.title.localeCompare(b.title)),
    [entities],
  );
  const filter = credential && entities[credential] ? credential : undefined;
  const model = useMemo(() => buildMatrix({ entities, links }, kind, filter), [entities, links, kind, filter]);

  const onCycle = useCallback(
    (r: number, c: number) => {
      const row = model.rows[r];
      const col = model.cols[c];
      if (!row || !col) return;
      const edit = cycleCell(model.kind, row.id, col.id, model.cells.get(cellKey(row.id, col.id)), () => newLinkId());
      const refusal = store.dispatch(edit.call, { label: edit.label });
      setNotice(refusal ? refusal.message : undefined);
    },
    [model, store],
  );

  const gaps = useMemo(() => {
    const rowGaps = model.rows.filter((r) => r.gap).length;
    const essential = model.rows.filter((r) => r.essential).length;
    const colGaps = model.cols.filter((c) => c.gap).length;
    if (model.kind === 'skills') {
      return `${rowGaps} skill${rowGaps === 1 ? '' : 's'} with no outcome${essential ? ` (${essential} essential)` : ''} · ${colGaps} outcome${colGaps === 1 ? '' : 's'} with no skill`;
    }
    return `${rowGaps} outcome${rowGaps === 1 ? '' : 's'} not assessed · ${colGaps} assessment${colGaps === 1 ? '' : 's'} linked to no outcome`;
  }, [model]);

  const label = TABS.find((t) => t.kind === kind)?.label ?? '';
  return (
    <section className="mx-view" aria-label="Matrix" data-testid="matrix-view">
      <div className="mx-bar">
        <div role="tablist" aria-label="Matrix" className="mx-tabs">
          {TABS.map((t) => (
            <button key={t.kind} type="button" role="tab" aria-selected={kind === t.kind} className="mx-tab" onClick={() => setKind(t.kind)}>
              {t.label}
            </button>
          ))}
        </div>
        <label className="mx-filter">
          Credential
          <select value={filter ?? ''} onChange={(e) => setCredential(e.target.value)}>
            <option value="">All credentials</option>
            {credentials.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mx-bar2">
        <span className="mx-gaps">{gaps}</span>
        {kind === 'skills' && (
          <span className="mx-legend" aria-hidden="true">
            <span className="mx-cell mx-cell--introduced mx-legend__key">I</span> introduced
            <span className="mx-cell mx-cell--reinforced mx-legend__key">R</span> reinforced
            <span className="mx-cell mx-cell--mastered mx-legend__key">M</span> mastered
          </span>
        )}
      </div>
      <div role="status" className="mx-notice">
        {notice}
      </div>
      {model.rows.length === 0 || model.cols.length === 0 ? (
        <p className="mx-empty">{kind === 'skills' ? 'Add skills and outcomes to fill the matrix.' : 'Add outcomes and assessments to fill the matrix.'}</p>
      ) : (
        <MatrixGrid model={model} label={label} onCycle={onCycle} />
      )}
      <p className="mx-help">Click a cell or press Space to {kind === 'skills' ? 'cycle none → I → R → M' : 'link or unlink'}; arrow keys move.</p>
    </section>
  );
}

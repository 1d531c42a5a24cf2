import { useCallback, useMemo, useState } from 'react';
import type { Credential, McredDocument } from '../../../../shared/model';
import { useDoc, useDocumentStore } from '../../store';
import { cycleCell, newLinkId } from './cellCommands';
import { buildMatrix, cellKey, MATRICES, MATRIX_KINDS, type MatrixKind } from './matrixModel';
import { MatrixGrid } from './MatrixGrid';
import { useSuggestionHints } from '../suggest';
import { tabIds, tabPanelProps, useTabs } from './useTabs';
import './matrix.css';

const selectEntities = (d: McredDocument) => d.entities;
const selectLinks = (d: McredDocument) => d.links;
const GRID_TABS = tabIds<MatrixKind>('matrix');

/** The next place in a credential's numbered list of outcomes (1 when it has none). */
function nextOrder(links: McredDocument['links'], credential: string): number {
  let max = 0;
  for (const id in links) {
    const l = links[id];
    if (l?.kind === 'part-of' && l.to === credential) max = Math.max(max, l.order ?? 0);
  }
  return max + 1;
}

/**
 * The coverage matrices: skills × outcomes with I/R/M levels, outcomes × assessments,
 * activities × outcomes and outcomes × credentials. A click (or Space/Enter) moves a cell
 * to its next state through a link command, so each change is one undoable step. Gaps are
 * tinted; a credential filter narrows the grid. The grids are tabs (`useTabs`: one Tab
 * stop, Left/Right, Home and End choose a grid), each with its panel.
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
  const hints = useSuggestionHints(kind === 'skills');
  const { tablistProps, tabProps } = useTabs(MATRIX_KINDS, kind, setKind, GRID_TABS);

  const onCycle = useCallback(
    (r: number, c: number) => {
      const row = model.rows[r];
      const col = model.cols[c];
      if (!row || !col) return;
      const edit = cycleCell(model.kind, row.id, col.id, model.cells.get(cellKey(row.id, col.id)), () => newLinkId(), { nextOrder: nextOrder(links, col.id) });
      const refusal = store.dispatch(edit.call, { label: edit.label });
      setNotice(refusal ? refusal.message : undefined);
    },
    [model, store, links],
  );

  const spec = MATRICES[kind];
  const gaps = useMemo(() => {
    const essential = model.rows.filter((r) => r.essential).length;
    return MATRICES[model.kind].gaps(model.rows.filter((r) => r.gap).length, model.cols.filter((c) => c.gap).length, essential);
  }, [model]);

  return (
    <section className="mx-view" aria-label="Matrix" data-testid="matrix-view" data-pane="matrix">
      <div className="mx-bar">
        <div {...tablistProps} aria-label="Matrix" className="mx-tabs">
          {MATRIX_KINDS.map((k) => (
            <button key={k} {...tabProps(k)} className="mx-tab">
              {MATRICES[k].label}
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
      <div role="status" className="mx-notice">
        {notice}
      </div>
      {/* One panel per grid, so every tab's aria-controls points at one; only the chosen grid's is built. */}
      {MATRIX_KINDS.map((k) => (
        <div key={k} {...tabPanelProps(GRID_TABS, k)} className="mx-panel" hidden={k !== kind}>
          {k === kind ? (
            <>
              <div className="mx-bar2">
                <span className="mx-gaps">{gaps}</span>
                {spec.levels && (
                  <span className="mx-legend" aria-hidden="true">
                    <span className="mx-cell mx-cell--introduced mx-legend__key">I</span> introduced
                    <span className="mx-cell mx-cell--reinforced mx-legend__key">R</span> reinforced
                    <span className="mx-cell mx-cell--mastered mx-legend__key">M</span> mastered
                  </span>
                )}
              </div>
              {model.rows.length === 0 || model.cols.length === 0 ? (
                <p className="mx-empty">{spec.empty}</p>
              ) : (
                <MatrixGrid model={model} label={spec.label} onCycle={onCycle} hints={hints} />
              )}
              <p className="mx-help">
                Click a cell or press Space to {spec.levels ? 'cycle none → I → R → M' : 'link or unlink'}; arrow keys move.{hints?.size ? ' Dotted cells are suggested links.' : ''}
              </p>
            </>
          ) : null}
        </div>
      ))}
    </section>
  );
}

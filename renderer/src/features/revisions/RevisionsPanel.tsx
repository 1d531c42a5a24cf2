import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { McredDocument } from '../../../../shared/model';
import { useActionRegistry } from '../../app/useActions';
import { useReturnFocus } from '../../app/useReturnFocus';
import { useDoc } from '../../store';
import { useExportLauncher } from '../export/exportLauncher';
import { ComparisonView } from './ComparisonView';
import { RevisionList } from './RevisionList';
import { buildComparison, NOW } from './model/comparison';
import { revisionRows } from './model/rows';
import { useRevisionsState, useRevisionsStore } from './revisionsStore';
import '../collaboration/collaboration.css';
import './revisions.css';

const selectDoc = (d: McredDocument) => d;
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * View ▸ Revisions: the named revisions, newest first, with who took them and when, and the
 * ones an approval pinned. Picking two (or one and Now) compares them: the changes are
 * listed and the changed items marked on the map until the comparison closes.
 */
export function RevisionsPanel() {
  const { panelOpen } = useRevisionsState();
  return panelOpen ? <OpenPanel /> : null;
}

function OpenPanel() {
  const store = useRevisionsStore();
  const registry = useActionRegistry();
  const launcher = useExportLauncher();
  const { picked } = useRevisionsState();
  const doc = useDoc(selectDoc);
  const rows = useMemo(() => revisionRows(doc), [doc]);
  const [a, b] = picked;
  const comparison = useMemo(() => (a && b ? buildComparison(doc, a, b) : undefined), [doc, a, b]);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => store.setMarked(comparison?.changedIds ?? NO_IDS), [store, comparison]);
  useEffect(() => () => store.setMarked(NO_IDS), [store]);

  // Focus goes back where it was when the panel closes (useReturnFocus, first: it notes
  // where the focus is), and moves into the panel when it opens.
  useReturnFocus();
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input[type="checkbox"]')?.focus();
  }, []);

  const close = () => store.setPanelOpen(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const exportTracked = () => {
    if (!comparison) return;
    launcher.open({ format: 'docx', against: comparison.older, ...(comparison.newer === NOW ? {} : { at: comparison.newer }) });
  };

  return (
    <aside ref={ref} className="cf-panel rv-panel" aria-labelledby="rv-panel-title" data-testid="revisions-panel" onKeyDown={onKeyDown} data-own-keys>
      <header className="cf-panel__header">
        <h2 id="rv-panel-title" className="cf-panel__title">
          Revisions
        </h2>
        <button type="button" className="cf-button cf-button--quiet" onClick={() => registry.run('revision.mark')}>
          Mark Revision…
        </button>
        <button type="button" className="cf-panel__close" aria-label="Close revisions" onClick={close}>
          ×
        </button>
      </header>
      <div className="rv-panel__body">
        <p className="rv-panel__hint" id="rv-panel-hint">
          {picked.length === 2 ? 'Comparing the two ticked versions.' : picked.length === 1 ? 'Tick one more to compare, or Now.' : 'Tick two to compare them, or one and Now.'}
        </p>
        <RevisionList rows={rows} picked={picked} onToggle={(p) => store.togglePick(p)} />
        {a && b && !comparison ? <p className="rv-panel__hint">One of the two revisions is no longer in the map.</p> : null}
        {comparison ? <ComparisonView doc={doc} comparison={comparison} onExport={exportTracked} onClose={() => store.clearComparison()} /> : null}
      </div>
    </aside>
  );
}

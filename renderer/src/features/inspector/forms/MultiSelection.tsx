import { useCallback } from 'react';
import { entityLabel, type McredDocument } from '../../../../../shared/model';
import { useDerived } from '../hooks/useDerived';
import { useSelect } from '../hooks/useSelect';
import { selectionSummary } from '../model/selection';
import { ENTITY_KIND_LABELS, LINK_KIND_LABELS } from '../model/vocabLabels';

interface Row {
  id: string;
  label: string;
  kindLabel: string;
  tone: string;
}

function rowsOf(doc: McredDocument, ids: readonly string[]): Row[] {
  return ids.flatMap((id): Row[] => {
    const e = doc.entities[id];
    if (e) return [{ id, label: entityLabel(e), kindLabel: ENTITY_KIND_LABELS[e.kind], tone: e.kind }];
    const l = doc.links[id];
    if (!l) return [];
    const from = doc.entities[l.from];
    const to = doc.entities[l.to];
    const label = from && to ? `${entityLabel(from)} → ${entityLabel(to)}` : id;
    return [{ id, label, kindLabel: LINK_KIND_LABELS[l.kind], tone: 'link' }];
  });
}

/** Several items selected: how many of what, each clickable to edit it alone. */
export function MultiSelection({ ids }: { ids: readonly string[] }) {
  const rows = useDerived(useCallback((d: McredDocument) => rowsOf(d, ids), [ids]));
  const summary = useDerived(useCallback((d: McredDocument) => selectionSummary(d, ids), [ids]));
  const select = useSelect();
  return (
    <section className="insp-multi" aria-label="Selection">
      <header className="insp-header">
        <h2 className="insp-title">{rows.length} items selected</h2>
        <p className="insp-edited">{summary}</p>
      </header>
      <p className="insp-hint">Choose one to edit it.</p>
      <ul className="insp-linked-list">
        {rows.map((r) => (
          <li key={r.id}>
            <button type="button" className="insp-linked-item insp-linked-stacked" onClick={() => select(r.id)}>
              <span className={`insp-kind insp-tone-${r.tone}`}>{r.kindLabel}</span>
              <span className="insp-linked-label">{r.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

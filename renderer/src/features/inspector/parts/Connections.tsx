import { useCallback } from 'react';
import { useActionRegistry } from '../../../app/useActions';
import type { McredDocument } from '../../../../../shared/model';
import { useDerived } from '../hooks/useDerived';
import { useSelect } from '../hooks/useSelect';
import { connectionsOf } from '../model/linked';

/** Every link of the record: the other end (selects it) and the link itself (selects the link). */
export function Connections({ id }: { id: string }) {
  const rows = useDerived(useCallback((d: McredDocument) => connectionsOf(d, id), [id]));
  const select = useSelect();
  const registry = useActionRegistry();
  // The keyboard's way to draw a link (the same as Map ▸ Link to…, Ctrl/⌘+Shift+K).
  const linkTo = (
    <button type="button" className="insp-button insp-link-to" onClick={() => registry.run('link.to')}>
      Link to…
    </button>
  );
  if (!rows.length)
    return (
      <>
        <p className="insp-empty-list">No links yet: use Link to…, or draw one on the map from this node’s handles.</p>
        {linkTo}
      </>
    );
  return (
    <>
      <ul className="insp-connections" aria-label="Links">
        {rows.map((row, i) => (
          <li key={row.linkId}>
            {i === 0 || rows[i - 1]!.relation !== row.relation ? <div className="insp-relation">{row.relation}</div> : null}
            <div className="insp-connection">
              <button type="button" className="insp-linked-item" onClick={() => select(row.other.id)} title={`Select “${row.other.label}”`}>
                <span className="insp-linked-label">{row.other.label}</span>
              </button>
              <button type="button" className="insp-link-chip" onClick={() => select(row.linkId)} title="Select this link to edit it">
                {row.other.note ?? 'link'}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {linkTo}
    </>
  );
}

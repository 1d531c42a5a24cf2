import { useId } from 'react';
import type { McredDocument } from '../../../../shared/model';
import { useSessionStore } from '../../store';
import { NOW, pointName, type ChangeLine, type Comparison } from './model/comparison';

interface ComparisonViewProps {
  doc: McredDocument;
  comparison: Comparison;
  onExport(): void;
  onClose(): void;
}

const OP_WORDS: Record<ChangeLine['op'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** The changes from the older point to the newer: item, field, before → after; the items are marked on the map. */
export function ComparisonView({ doc, comparison, onExport, onClose }: ComparisonViewProps) {
  const titleId = useId();
  const { changes, changedIds } = comparison;
  const older = pointName(doc, comparison.older);
  const newer = comparison.newer === NOW ? 'now' : `“${pointName(doc, comparison.newer)}”`;
  const marked = changedIds.size;
  return (
    <section className="rv-compare" aria-labelledby={titleId} data-testid="revision-comparison">
      <h3 id={titleId} className="rv-compare__title">
        Changes from “{older}” to {newer}
      </h3>
      <p className="rv-compare__summary" role="status">
        {changes.length === 0
          ? 'No differences.'
          : `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}; ${marked} ${marked === 1 ? 'item is' : 'items are'} marked “Changed” on the map.`}
      </p>
      {changes.length > 0 && (
        <ul className="rv-changes" aria-label="Changes">
          {changes.map((c) => (
            <ChangeItem key={c.key} change={c} inMap={!!doc.entities[c.record]} />
          ))}
        </ul>
      )}
      <div className="rv-compare__actions">
        <button type="button" className="cf-button cf-button--primary" onClick={onExport}>
          Export tracked changes…
        </button>
        <button type="button" className="cf-button" onClick={onClose}>
          Close comparison
        </button>
      </div>
    </section>
  );
}

function ChangeItem({ change: c, inMap }: { change: ChangeLine; inMap: boolean }) {
  const session = useSessionStore();
  return (
    <li className={`rv-change rv-change--${c.op}`} data-testid="revision-change" title={c.sentence}>
      <div className="rv-change__head">
        <span className={`rv-op rv-op--${c.op}`}>{OP_WORDS[c.op]}</span>
        <span className="rv-change__kind">{c.kindLabel}</span>
        {c.field ? <span className="rv-change__field">· {c.field}</span> : null}
      </div>
      {inMap ? (
        <button type="button" className="rv-change__item" onClick={() => session.focusOn(c.record)} title="Show it on the map">
          {c.label}
        </button>
      ) : (
        <span className="rv-change__item rv-change__item--static">{c.label}</span>
      )}
      {c.op === 'changed' && (
        <dl className="rv-diff">
          <dt>Before</dt>
          <dd>{c.before ? <del>{c.before}</del> : <span className="rv-diff__empty">empty</span>}</dd>
          <dt>After</dt>
          <dd>{c.after ? <ins>{c.after}</ins> : <span className="rv-diff__empty">empty</span>}</dd>
        </dl>
      )}
    </li>
  );
}

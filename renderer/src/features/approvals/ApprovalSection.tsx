import { useCallback } from 'react';
import type { McredDocument } from '../../../../shared/model';
import { STATUS_LABELS } from '../../../../shared/review';
import { useEntity } from '../../store';
import { formatTime } from '../files/messages';
import { useDerived } from '../inspector/hooks/useDerived';
import { approvalRows, type ApprovalRow } from './model/history';
import { useStepDialog } from './stepDialog';
import './approvals.css';

/**
 * The inspector's "Status and approvals" of a credential: the status now, every step
 * recorded (who, when, which body decided, the minute, the revision approved), and
 * Record step… for the next.
 */
export function ApprovalSection({ id }: { id: string }) {
  const entity = useEntity(id);
  const rows = useDerived(useCallback((d: McredDocument) => approvalRows(d, id), [id]));
  const dialog = useStepDialog();
  if (!entity || entity.kind !== 'credential') return null;
  return (
    <div className="ap-section" data-testid="approval-section">
      <p className="ap-current">
        <span className="ap-current__label">Status now</span>
        <span className={`insp-badge insp-status-${entity.status}`}>{STATUS_LABELS[entity.status]}</span>
      </p>
      {rows.length ? (
        <ol className="ap-history" aria-label="Approval records, oldest first">
          {rows.map((r) => (
            <ApprovalItem key={r.id} row={r} />
          ))}
        </ol>
      ) : (
        <p className="insp-empty-list">No steps recorded yet.</p>
      )}
      <button type="button" className="insp-button" onClick={() => dialog.open(id)}>
        Record step…
      </button>
    </div>
  );
}

function ApprovalItem({ row: r }: { row: ApprovalRow }) {
  return (
    <li className={`ap-item${r.decision ? ' ap-item--decision' : ''}`} data-testid="approval-record">
      <div className="ap-item__head">
        <strong className="ap-item__step">{r.step}</strong>
        <time dateTime={r.at}>{formatTime(r.at)}</time>
      </div>
      <dl className="ap-item__facts">
        {r.body ? (
          <>
            {/* The heading already names the decision (Approved, Changes requested): say whose it was. */}
            <dt>{r.decision ? 'Decision by' : 'Body'}</dt>
            <dd>{r.body}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{r.change}</dd>
        {r.conditions ? (
          <>
            <dt>Conditions</dt>
            <dd className="ap-item__long">{r.conditions}</dd>
          </>
        ) : null}
        {r.minute ? (
          <>
            <dt>Minute</dt>
            <dd>{r.minute}</dd>
          </>
        ) : null}
        {r.revision ? (
          <>
            <dt>Revision</dt>
            <dd>{r.revision}</dd>
          </>
        ) : null}
        <dt>Recorded by</dt>
        <dd>{r.recordedBy}</dd>
      </dl>
    </li>
  );
}

import { useCallback, useState } from 'react';
import { applyCommand } from '../../../../shared/commands';
import type { Conflict, ConflictSide } from '../../../../shared/merge';
import { useReturnFocus } from '../../app/useReturnFocus';
import { useDocumentStore, useDoc } from '../../store';
import { useSessionStore } from '../../store/sessionHooks';
import type { McredDocument } from '../../../../shared/model';
import { formatTime } from '../files/messages';
import { useCollaboration, useCollaborationStore } from './CollaborationContext';
import type { CollaborationStore, ConflictReview } from './collaborationStore';
import { conflictSummary, conflictTitle, focusTarget, sideNames, sideValueText } from './describeConflict';
import { resolutionFor, type Resolution, type Side } from './resolve';
import './collaboration.css';

const selectDoc = (d: McredDocument) => d;

/**
 * Conflicts left by merging someone else's save (or another copy): for each, both
 * versions with who changed it when, and a button to keep either. Keeping a version is an
 * ordinary edit — one undoable step; keeping what the merge chose just clears the item.
 */
export function ConflictPanel() {
  const collab = useCollaborationStore();
  const { panelOpen } = useCollaboration();
  return collab && panelOpen ? <OpenPanel collab={collab} /> : null;
}

function OpenPanel({ collab }: { collab: CollaborationStore }) {
  const { reviews } = useCollaboration();
  useReturnFocus();
  return (
    <aside className="cf-panel" aria-label="Conflicts to review" data-testid="conflict-panel">
      <header className="cf-panel__header">
        <h2 className="cf-panel__title">
          {reviews.length ? `${reviews.length} ${reviews.length === 1 ? 'conflict' : 'conflicts'} to review` : 'No conflicts to review'}
        </h2>
        {reviews.length > 1 && (
          <button type="button" className="cf-button cf-button--quiet" onClick={() => collab.resolveAll()} title="Keep every version the merge chose">
            Accept all
          </button>
        )}
        <button type="button" className="cf-panel__close" aria-label="Close conflicts" onClick={() => collab.setPanelOpen(false)}>
          ×
        </button>
      </header>
      {reviews.length === 0 ? (
        <p className="cf-panel__empty">Everything merged cleanly.</p>
      ) : (
        <ol className="cf-panel__list">
          {reviews.map((r) => (
            <ConflictCard key={r.key} review={r} />
          ))}
        </ol>
      )}
    </aside>
  );
}

function ConflictCard({ review }: { review: ConflictReview }) {
  const doc = useDoc(selectDoc);
  const store = useDocumentStore();
  const session = useSessionStore();
  const collab = useCollaborationStore();
  const { conflict } = review;
  const names = sideNames(conflict, doc, store.authorId);
  const target = focusTarget(conflict, doc);
  const [problem, setProblem] = useState<string>();

  const keep = useCallback(
    (side: Side) => {
      const current = store.getState().doc;
      const resolution = resolutionFor(conflict, side, current);
      if (resolution.kind === 'unavailable') return;
      if (resolution.kind === 'commands') {
        // Tried on a scratch copy first, so a refused step never leaves half a choice applied.
        let scratch = current;
        for (const call of resolution.calls) {
          const tried = applyCommand(scratch, call, { stamp: store.nextStamp() });
          if (!tried.ok) return setProblem(`That version cannot be brought back: ${tried.refusal.message}.`);
          scratch = tried.doc;
        }
        const label = `Keep ${side === 'ours' ? 'your' : `${names.theirs}'s`} version`;
        const coalesceKey = `conflict:${review.key}:${Date.now()}`;
        for (const call of resolution.calls) store.dispatch(call, { label, coalesceKey });
        store.sealHistory();
      }
      collab?.resolve(review.key, store.getState().doc);
    },
    [collab, conflict, names.theirs, review.key, store],
  );

  return (
    <li className="cf-card" data-testid="conflict-card" data-record={conflict.recordId}>
      <div className="cf-card__head">
        {target ? (
          <button type="button" className="cf-card__title cf-card__title--link" onClick={() => session.focusOn(target)}>
            {conflictTitle(conflict, doc)}
          </button>
        ) : (
          <span className="cf-card__title">{conflictTitle(conflict, doc)}</span>
        )}
        <span className="cf-card__from">from {review.from}</span>
      </div>
      <p className="cf-card__summary">{conflictSummary(conflict, names)}</p>
      <div className="cf-card__sides">
        <SideView label="Yours" side={conflict.ours} conflict={conflict} doc={doc} inMap={conflict.winner === 'ours'} />
        <SideView label={names.theirs === 'the other copy' ? 'Other copy' : `${names.theirs}'s`} side={conflict.theirs} conflict={conflict} doc={doc} inMap={conflict.winner === 'theirs'} />
      </div>
      {problem && (
        <p className="cf-card__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="cf-card__actions">
        <KeepButton side="ours" label="Keep yours" conflict={conflict} doc={doc} onKeep={keep} />
        <KeepButton side="theirs" label={names.theirs === 'the other copy' ? 'Keep other copy' : `Keep ${names.theirs}'s`} conflict={conflict} doc={doc} onKeep={keep} />
      </div>
    </li>
  );
}

function SideView({ label, side, conflict, doc, inMap }: { label: string; side: ConflictSide; conflict: Conflict; doc: McredDocument; inMap: boolean }) {
  return (
    <div className={`cf-side${inMap ? ' is-current' : ''}`}>
      <div className="cf-side__label">
        <strong>{label}</strong>
        {side.at && <time dateTime={side.at}>{formatTime(side.at)}</time>}
        {inMap && <span className="cf-side__badge">in the map</span>}
      </div>
      <p className="cf-side__value">{sideValueText(conflict, side, doc)}</p>
    </div>
  );
}

function KeepButton({ side, label, conflict, doc, onKeep }: { side: Side; label: string; conflict: Conflict; doc: McredDocument; onKeep: (side: Side) => void }) {
  const resolution: Resolution = resolutionFor(conflict, side, doc, () => 'id_preview');
  const disabled = resolution.kind === 'unavailable';
  const text = resolution.kind === 'commands' && resolution.restoresAsNew ? `${label} (as new)` : label;
  return (
    <button
      type="button"
      className={`cf-button${resolution.kind === 'current' ? '' : ' cf-button--primary'}`}
      disabled={disabled}
      title={resolution.kind === 'unavailable' ? resolution.reason : resolution.kind === 'current' ? 'The map already has this version' : undefined}
      onClick={() => onKeep(side)}
      data-side={side}
    >
      {text}
    </button>
  );
}

import { useState } from 'react';
import type { McredDocument } from '../../../../shared/model';
import type { ProposalView } from '../../../../shared/review/proposals';
import { formatTime } from '../files/messages';
import { fieldLabel, personName, STATE_LABEL } from './reviewModel';
import type { ReviewDecisions } from './useReviewDecisions';
import { WordDiff } from './WordDiff';

interface ProposalCardProps {
  view: ProposalView;
  doc: McredDocument;
  /** Undefined until the user has said who they are (decisions carry a name). */
  decisions: ReviewDecisions | undefined;
}

/**
 * One proposed change: the field, who proposed it and when, the word diff, its state, and
 * Accept / Reject. A conflict shows both texts — the field now, with who changed it and
 * when, and the reviewer's — with "Keep current" (reject) and "Use reviewer's text" (accept).
 */
export function ProposalCard({ view, doc, decisions }: ProposalCardProps) {
  const { proposal: p, state } = view;
  const [problem, setProblem] = useState<string>();
  const field = fieldLabel(p.field);
  const reviewer = personName(doc, p.author);
  const decide = (d: 'accepted' | 'rejected') => setProblem(decisions?.decide(p.id, d));
  const undecided = state === 'open' || state === 'conflict' || state === 'same' || state === 'gone';

  return (
    <li className={`rw-card rw-card--${state}`} data-testid="proposal" data-state={state} data-field={p.field} aria-label={`${field}, proposed by ${reviewer}: ${STATE_LABEL[state]}`}>
      <div className="rw-card__head">
        <span className="rw-card__field">{field}</span>
        <span className={`rw-badge rw-badge--${state}`}>{STATE_LABEL[state]}</span>
      </div>
      <p className="rw-card__who">
        {reviewer} · <time dateTime={p.at}>{formatTime(p.at)}</time>
      </p>
      {state === 'conflict' ? (
        <ConflictSides view={view} doc={doc} reviewer={reviewer} field={field} />
      ) : (
        <WordDiff before={p.before} after={p.after} />
      )}
      {state === 'same' && <p className="rw-card__note">The map already reads like this; accepting just closes it.</p>}
      {state === 'gone' && <p className="rw-card__note">The record was deleted from the map, so the change can only be rejected.</p>}
      {(state === 'accepted' || state === 'rejected') && p.decidedBy && (
        <p className="rw-card__note">
          {STATE_LABEL[state]} by {personName(doc, p.decidedBy)}
          {p.decidedAt && (
            <>
              {' '}
              · <time dateTime={p.decidedAt}>{formatTime(p.decidedAt)}</time>
            </>
          )}
        </p>
      )}
      {problem && (
        <p className="rw-error" role="alert">
          {problem}
        </p>
      )}
      {undecided && (
        <div className="rw-card__actions">
          {state === 'conflict' ? (
            <>
              <button type="button" className="rw-button" disabled={!decisions} onClick={() => decide('rejected')}>
                Keep current
              </button>
              <button type="button" className="rw-button rw-button--primary" disabled={!decisions} onClick={() => decide('accepted')}>
                Use reviewer’s text
              </button>
            </>
          ) : (
            <>
              {state !== 'gone' && (
                <button type="button" className="rw-button rw-button--primary" disabled={!decisions} onClick={() => decide('accepted')} aria-label={`Accept ${reviewer}’s change to ${field.toLowerCase()}`}>
                  Accept
                </button>
              )}
              <button type="button" className="rw-button" disabled={!decisions} onClick={() => decide('rejected')} aria-label={`Reject ${reviewer}’s change to ${field.toLowerCase()}`}>
                Reject
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

function ConflictSides({ view, doc, reviewer, field }: { view: ProposalView; doc: McredDocument; reviewer: string; field: string }) {
  const { proposal: p, current, changedBy } = view;
  const changer = changedBy ? personName(doc, changedBy.person) : 'Someone';
  return (
    <>
      <p className="rw-card__summary">
        {changer} changed the {field.toLowerCase()} after the review copy was made
        {changedBy && (
          <>
            {' '}
            (<time dateTime={changedBy.at}>{formatTime(changedBy.at)}</time>)
          </>
        )}
        . Choose which text to keep.
      </p>
      <div className="rw-sides">
        <div className="rw-side rw-side--current" data-testid="conflict-current">
          <div className="rw-side__label">
            <strong>Now in the map</strong>
            <span>{changer}</span>
          </div>
          <p className="rw-side__text">{current || '(empty)'}</p>
        </div>
        <div className="rw-side" data-testid="conflict-reviewer">
          <div className="rw-side__label">
            <strong>Reviewer’s text</strong>
            <span>{reviewer}</span>
          </div>
          <p className="rw-side__text">{p.after || '(empty)'}</p>
        </div>
      </div>
    </>
  );
}

import { useId, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { PROVISIONAL_AUTHOR, type McredDocument } from '../../../../shared/model';
import { proposalViews } from '../../../../shared/review/proposals';
import { useReturnFocus } from '../../app/useReturnFocus';
import { useDoc, useSessionStore } from '../../store';
import { commentFocusOf } from '../advisor/commentFocus';
import { useIdentity, useSaveIdentity } from '../advisor/hooks';
import { IdentityGate } from '../advisor/IdentityGate';
import { KIND_LABEL } from '../canvas/icons';
import { ProposalCard } from './ProposalCard';
import { ImportHistory, NotPlaced } from './ReviewLists';
import { reviewUi } from './reviewUi';
import { acceptAllOptions, groupProposals, openCount, type RecordGroup, type ReviewFilter } from './reviewModel';
import { plural } from './words';
import { useReviewDecisions, type ReviewDecisions } from './useReviewDecisions';
import './review.css';

const selectDoc = (d: McredDocument) => d;

/**
 * View ▸ Review: what reviewers proposed, grouped by record, with Accept / Reject (each an
 * ordinary undoable change by the current person), "Accept all from …" as one step, the
 * items no field could take ("Not placed") and the import history. Beside the map, so the
 * record a proposal is about can be seen while deciding.
 */
export function ReviewPanel() {
  const open = useSyncExternalStore(reviewUi.subscribe, () => reviewUi.getState().panelOpen);
  return open ? <PanelBody /> : null;
}

function PanelBody() {
  const doc = useDoc(selectDoc);
  const identity = useIdentity();
  const saveIdentity = useSaveIdentity();
  const decisions = useReviewDecisions(identity);
  const [filter, setFilter] = useState<ReviewFilter>('open');
  const views = useMemo(() => proposalViews(doc), [doc]);
  const groups = useMemo(() => groupProposals(doc, filter, views), [doc, filter, views]);
  const waiting = openCount(views);
  const titleId = useId();
  useReturnFocus();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    reviewUi.setPanelOpen(false);
  };

  return (
    <aside className="rw-panel" aria-labelledby={titleId} data-testid="review-panel" onKeyDown={onKeyDown} data-own-keys>
      <header className="rw-panel__header">
        <h2 id={titleId} className="rw-panel__title">
          Review
        </h2>
        <span className="rw-panel__count">{waiting ? `${plural(waiting, 'change')} to decide` : 'Nothing to decide'}</span>
        <button type="button" className="rw-panel__close" aria-label="Close review panel" onClick={() => reviewUi.setPanelOpen(false)}>
          ×
        </button>
      </header>
      <div className="rw-panel__tools">
        <FilterSwitch filter={filter} onChange={setFilter} />
        <AcceptAllButtons doc={doc} decisions={decisions} me={identity?.personId} />
      </div>
      {identity === null && (
        <div className="rw-panel__gate">
          <IdentityGate purpose="decision on a proposed change" {...(saveIdentity ? { onSave: saveIdentity } : {})} />
        </div>
      )}
      <div className="rw-panel__scroll">
        {groups.length === 0 ? (
          <p className="rw-panel__empty">{Object.keys(doc.reviews).length ? (filter === 'open' ? 'Every proposed change has been decided.' : 'The reviews proposed no changes.') : 'No reviews imported yet. Use File ▸ Import Review… to bring one in.'}</p>
        ) : (
          <ul className="rw-groups" aria-label="Proposed changes by record">
            {groups.map((g) => (
              <RecordSection key={g.target} group={g} doc={doc} decisions={decisions} />
            ))}
          </ul>
        )}
        <NotPlaced doc={doc} />
        <ImportHistory doc={doc} />
      </div>
    </aside>
  );
}

function FilterSwitch({ filter, onChange }: { filter: ReviewFilter; onChange: (f: ReviewFilter) => void }) {
  const name = useId();
  return (
    <fieldset className="rw-filter">
      <legend className="visually-hidden">Show</legend>
      {(['open', 'all'] as const).map((f) => (
        <label key={f} className={`rw-filter__option${filter === f ? ' is-on' : ''}`}>
          <input type="radio" name={name} value={f} checked={filter === f} onChange={() => onChange(f)} />
          {f === 'open' ? 'Open' : 'All'}
        </label>
      ))}
    </fieldset>
  );
}

function AcceptAllButtons({ doc, decisions, me }: { doc: McredDocument; decisions: ReviewDecisions | undefined; me: string | undefined }) {
  const [problem, setProblem] = useState<string>();
  // The date is only a placeholder here: the hook stamps the real moment when the button is pressed.
  const options = useMemo(() => acceptAllOptions(doc, me ?? PROVISIONAL_AUTHOR, '1970-01-01T00:00:00Z'), [doc, me]);
  if (!options.length) return null;
  return (
    <div className="rw-acceptall">
      {options.map((o) => (
        <button
          key={o.reviewer}
          type="button"
          className="rw-button"
          disabled={!decisions}
          onClick={() => setProblem(decisions?.acceptAll(o.reviewer))}
          title={`Accepts ${plural(o.calls.length, 'open change')} from ${o.name} as one step${o.conflicts ? `; ${plural(o.conflicts, 'conflict')} left for you to decide` : ''}`}
        >
          Accept all from {o.name} ({o.calls.length})
        </button>
      ))}
      {problem && (
        <p className="rw-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function RecordSection({ group, doc, decisions }: { group: RecordGroup; doc: McredDocument; decisions: ReviewDecisions | undefined }) {
  const session = useSessionStore();
  const headingId = useId();
  const showComments = () => {
    session.focusOn(group.target);
    commentFocusOf(session).request(group.target, { compose: false });
  };
  return (
    <li className="rw-group" aria-labelledby={headingId} data-testid="review-record" data-record={group.target}>
      <h3 id={headingId} className="rw-group__head">
        {group.kind && <span className={`rw-group__kind rw-group__kind--${group.kind}`}>{KIND_LABEL[group.kind]}</span>}
        {group.kind ? (
          <button type="button" className="rw-group__title rw-link" onClick={() => session.focusOn(group.target)} title={group.label}>
            {group.label}
          </button>
        ) : (
          <span className="rw-group__title">{group.label}</span>
        )}
      </h3>
      {group.reviewerComments > 0 && group.kind && (
        <p className="rw-group__comments">
          {plural(group.reviewerComments, 'comment')} from reviewers ·{' '}
          <button type="button" className="rw-link" onClick={showComments}>
            Show comments
          </button>
        </p>
      )}
      {group.proposals.length > 0 && (
        <ol className="rw-cards" aria-label={`Proposed changes to ${group.label}`}>
          {group.proposals.map((v) => (
            <ProposalCard key={v.proposal.id} view={v} doc={doc} decisions={decisions} />
          ))}
        </ol>
      )}
    </li>
  );
}

import { useEffect, useSyncExternalStore } from 'react';
import type { importReview } from '../../../../shared/commands/review';
import type { McredDocument } from '../../../../shared/model';
import type { ReviewPlan } from '../../../../shared/review/reading';
import { useDoc } from '../../store';
import { useIdentity, useSaveIdentity } from '../advisor/hooks';
import { IdentityGate } from '../advisor/IdentityGate';
import { Modal } from '../files/Modal';
import { formatDate, plural } from './words';
import { reviewUi } from './reviewUi';
import { useReviewImport } from './useReviewImport';
import './review.css';
import { DialogButtons } from '../files/DialogButtons';

const STAGE_TEXT = { loading: 'Opening the file…', reading: 'Reading the review copy…', planning: 'Matching it against the map…' } as const;

/**
 * File ▸ Import Review…: choose (or drop) the .docx a reviewer sent back → a summary of what
 * it holds and what is new → Import, as ONE undoable command; then the Review panel opens.
 * Errors are said in words, and nothing changes.
 */
export function ImportReviewDialog() {
  const request = useSyncExternalStore(reviewUi.subscribe, () => reviewUi.getState().importRequest);
  if (!request) return null;
  // A new drop while open starts afresh with that file.
  return <DialogBody key={request.seq} dropped={request.file} onClose={() => reviewUi.closeImport()} />;
}

function DialogBody({ dropped, onClose }: { dropped: File | undefined; onClose: () => void }) {
  const identity = useIdentity();
  const saveIdentity = useSaveIdentity();
  const r = useReviewImport(identity, onClose);
  const { choose } = r;
  useEffect(() => {
    if (dropped && identity) void choose(dropped);
    // Only once per drop (and again once the user has said who they are).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropped, !!identity]);

  return (
    <Modal title="Import review" onCancel={onClose} wide>
      <div className="rw-import" data-testid="review-import">
        {identity === null ? (
          <IdentityGate purpose="imported review" {...(saveIdentity ? { onSave: saveIdentity } : {})} />
        ) : (
          <label className="rw-import__file">
            <span>Returned review copy (.docx)</span>
            <input
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => e.target.files?.[0] && void r.choose(e.target.files[0])}
              data-autofocus
            />
          </label>
        )}
        {r.file && <p className="rw-import__name">{r.file.name}</p>}
        {r.stage && (
          <div className="rw-import__progress" role="status">
            <progress aria-label={STAGE_TEXT[r.stage]} />
            <span>{STAGE_TEXT[r.stage]}</span>
          </div>
        )}
        {r.result && !r.result.ok && (
          <p className="rw-error" role="alert" data-testid="review-import-error">
            {r.result.message} Nothing was changed.
          </p>
        )}
        {r.plan && <PlanSummary plan={r.plan} nothingNew={r.nothingNew} />}
        {r.refusal && (
          <p className="rw-error" role="alert" data-testid="review-import-error">
            Nothing was imported: {r.refusal}
          </p>
        )}
        <DialogButtons action={{ label: 'Import', onClick: r.apply, disabled: !r.plan || r.nothingNew }} onCancel={onClose} />
      </div>
    </Modal>
  );
}

const selectRevisions = (d: McredDocument) => d.revisions;

/**
 * The payload as the command reads it. `CommandPayload<N>` comes out as `unknown` (the
 * command definitions type their schema as `z.ZodType<P>`, whose input zod leaves open),
 * so the plan's payload is read through the command's own parameter type.
 */
type ImportPayload = Parameters<(typeof importReview)['run']>[1];

/** Who reviewed, what the copy holds, which revision it was made from, and what is new. */
function PlanSummary({ plan, nothingNew }: { plan: ReviewPlan; nothingNew: boolean }) {
  const revisions = useDoc(selectRevisions);
  const { listing, fresh } = plan;
  const revisionId = (plan.payload as ImportPayload).review.revision;
  const revision = revisionId ? revisions[revisionId] : undefined;
  const changes = listing.changes.length;
  const comments = listing.comments.length;
  return (
    <section className="rw-summary" aria-label="What the review holds" data-testid="review-summary">
      <dl className="rw-summary__facts">
        <dt>Reviewers</dt>
        <dd>{plan.reviewers.length ? plan.reviewers.join(', ') : 'Not named in the document'}</dd>
        <dt>Holds</dt>
        <dd>
          {plural(changes, 'proposed change')}, {plural(comments, 'comment')}, {listing.unplaced.length} not placed
        </dd>
        <dt>Made from</dt>
        <dd>{revision ? `${revision.name} (${formatDate(revision.at)})` : revisionId ? 'A named revision that is not in this map' : 'The map as it was (no named revision)'}</dd>
      </dl>
      {nothingNew ? (
        <p className="rw-summary__status" role="status">
          This review was imported before: nothing new.
        </p>
      ) : fresh.changes < changes || fresh.comments < comments ? (
        <p className="rw-summary__status">
          New to the map: {plural(fresh.changes, 'proposed change')} and {plural(fresh.comments, 'comment')}; the rest was imported before.
        </p>
      ) : null}
      {listing.unplaced.length > 0 && <p className="rw-summary__note">Items that belong to no field are kept with the review and listed under “Not placed” in the Review panel.</p>}
    </section>
  );
}

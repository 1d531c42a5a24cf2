import { useState } from 'react';
import type { Skill } from '../../../../../shared/model';
import { useDocumentStore } from '../../../store';

const HEADLINE = {
  changed: 'changed this skill',
  replaced: 'replaced this skill',
  obsolete: 'marks this skill obsolete',
  removed: 'no longer has this skill',
} as const;

/** One before/after row; nothing when the release leaves the value as it is. */
function Change({ label, before, after }: { label: string; before: string | undefined; after: string | undefined }) {
  if (after === undefined || after === before) return null;
  return (
    <div className="insp-update-change">
      <span className="insp-update-label">{label}</span>
      <del>
        <span className="visually-hidden">now: </span>
        {before ?? '(none)'}
      </del>
      <ins>
        <span className="visually-hidden">in the release: </span>
        {after}
      </ins>
    </div>
  );
}

/**
 * A skill's pending framework update (from a re-import or `mcred import --check-updates
 * --apply`): what the release changed, before and after, with Accept (label, description or
 * successor taken, one undo step) and Dismiss (keep the skill, one undo step).
 */
export function FrameworkUpdatePart({ skill }: { skill: Skill }) {
  const store = useDocumentStore();
  const [refusal, setRefusal] = useState<string>();
  const u = skill.frameworkUpdate;
  if (!u) return null;
  const release = u.release ?? `A newer ${skill.source?.framework ?? 'framework'} release`;
  const canAccept = u.change === 'changed' || u.change === 'replaced';
  const run = (name: 'skill.acceptUpdate' | 'skill.dismissUpdate', label: string) => {
    const why = store.dispatch({ name, payload: { id: skill.id } }, { label });
    setRefusal(why?.message);
  };
  const successor = u.replacedBy;
  return (
    <section className="insp-offer insp-update" aria-label="Framework update" data-change={u.change}>
      <p>
        <strong>
          {release} {HEADLINE[u.change]}
        </strong>{' '}
        <span className="insp-update-found">(found {u.found})</span>
      </p>
      {u.change === 'changed' && (
        <>
          <Change label="Label" before={skill.statement} after={u.statement} />
          <Change label="Description" before={skill.description} after={u.description} />
        </>
      )}
      {u.change === 'replaced' && (
        <>
          <Change label="Label" before={skill.statement} after={successor?.statement ?? u.statement} />
          <Change label="URI" before={skill.source?.uri} after={successor?.uri} />
          <Change label="Code" before={skill.source?.code} after={successor?.code} />
        </>
      )}
      {!canAccept && <p>Keep it as it is, or replace it with another skill (and delete this one).</p>}
      <span className="insp-offer-actions">
        {canAccept && (
          <button type="button" className="fs-button fs-button--primary" onClick={() => run('skill.acceptUpdate', `Accept update of “${skill.statement}”`)}>
            Accept update
          </button>
        )}
        <button type="button" className="fs-button" onClick={() => run('skill.dismissUpdate', `Dismiss update of “${skill.statement}”`)}>
          {canAccept ? 'Dismiss' : 'Keep as is'}
        </button>
      </span>
      {refusal && (
        <p className="insp-update-refusal" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}

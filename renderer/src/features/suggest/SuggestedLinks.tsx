import { useId, useRef, useState } from 'react';
import { makeId, type Id, type LinkLevel } from '../../../../shared/model';
import type { Suggestion } from '../../../../shared/suggest';
import { secureRandom } from '../canvas/newEntity';
import { useDocumentStore, useSessionStore } from '../../store';
import { useTakeFocus } from '../../store/useTakeFocus';
import { suggestedName } from './names';
import { suggestionFocusOf } from './suggestionFocus';
import { useSuggestionsFor } from './useSuggestions';
import { LINK_LEVEL_OPTIONS } from '../inspector/model/vocabLabels';
import './suggest.css';

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * "Suggested" in an outcome's inspector (the skills it most likely addresses) or a skill's
 * (the outcomes that most likely address it). Accept makes the link at the level chosen
 * above the list, Dismiss remembers in the outcome that the skill does not belong; each is
 * one undoable step. Nothing changes until the designer acts.
 */
export function SuggestedLinks({ kind, id }: { kind: 'outcome' | 'skill'; id: Id }) {
  const store = useDocumentStore();
  const session = useSessionStore();
  const list = useSuggestionsFor(kind, id);
  const [level, setLevel] = useState<LinkLevel>('introduced');
  const [said, setSaid] = useState('');
  const ids = useId().replace(/:/g, '');
  const otherOf = (s: Suggestion) => (kind === 'outcome' ? s.skill : s.outcome);
  const nameOf = (entityId: Id) => suggestedName(store.getState().doc, entityId);
  const panel = useRef<HTMLDivElement>(null);
  // A ghost link clicked on the map: its suggestion comes into view with Accept focused (else the list's first).
  useTakeFocus(suggestionFocusOf(session), id, panel, (request, el) => {
    const item = el.querySelector<HTMLElement>(`[data-skill="${CSS.escape(request.skill)}"]`) ?? el.querySelector<HTMLElement>('.sg-item');
    item?.querySelector<HTMLElement>('.sg-accept')?.focus({ preventScroll: true });
  });

  const accept = (s: Suggestion) => {
    const link = { id: makeId('link', secureRandom), kind: 'addresses' as const, from: s.skill, to: s.outcome, level };
    const refusal = store.dispatch({ name: 'link.create', payload: { link } }, { label: 'Accept suggested link' });
    setSaid(refusal ? refusal.message : `Linked “${short(nameOf(s.skill))}” to “${short(nameOf(s.outcome))}” (${level}). Undo removes it.`);
  };

  const dismiss = (s: Suggestion) => {
    const outcome = store.getState().doc.entities[s.outcome];
    if (outcome?.kind !== 'outcome') return;
    const dismissedSkills = [...(outcome.dismissedSkills ?? []), s.skill];
    const refusal = store.dispatch({ name: 'entity.update', payload: { id: s.outcome, changes: { dismissedSkills } } }, { label: 'Dismiss suggestion' });
    setSaid(refusal ? refusal.message : `Dismissed: “${short(nameOf(otherOf(s)))}” will not be suggested here again. Undo brings it back.`);
  };

  const listName = kind === 'outcome' ? 'Suggested skills' : 'Suggested outcomes';
  return (
    <div className="sg-panel" ref={panel}>
      {list.length ? (
        <>
          <div className="sg-level">
            <label htmlFor={`${ids}-level`}>Level when accepted</label>
            <select id={`${ids}-level`} value={level} onChange={(e) => setLevel(e.target.value as LinkLevel)}>
              {LINK_LEVEL_OPTIONS.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
          <ul className="sg-list" aria-label={listName}>
            {list.map((s) => {
              const other = otherOf(s);
              const name = nameOf(other);
              return (
                <li key={other} className="sg-item" data-skill={s.skill}>
                  <button type="button" className="insp-linked-item sg-name" onClick={() => session.select([other])} title={`Select “${name}”`}>
                    <span className="insp-linked-label">{name}</span>
                  </button>
                  <div className="sg-meta">
                    <span className="sg-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(s.score * 100)}%` }} />
                    </span>
                    <span className="sg-score">score {s.score.toFixed(2)}</span>
                  </div>
                  <p className="sg-why">{s.why}</p>
                  <div className="sg-actions">
                    <button type="button" className="insp-button sg-accept" onClick={() => accept(s)} aria-label={`Accept: link “${short(name)}” as ${level}`}>
                      Accept
                    </button>
                    <button type="button" className="insp-button" onClick={() => dismiss(s)} aria-label={`Dismiss “${short(name)}”`}>
                      Dismiss
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="insp-empty-list">No suggestions: every likely {kind === 'outcome' ? 'skill' : 'outcome'} is linked or dismissed, or none shares its words.</p>
      )}
      <p className="sg-said" role="status">
        {said}
      </p>
    </div>
  );
}

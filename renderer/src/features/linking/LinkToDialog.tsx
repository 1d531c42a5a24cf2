import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { entityLabel, makeId, type Id, type LinkLevel, type McredDocument } from '../../../../shared/model';
import { newLink } from '../canvas/connections';
import { secureRandom } from '../canvas/newEntity';
import { Modal } from '../files/Modal';
import { useDoc, useDocumentStore, useSessionStore } from '../../store';
import { filterTargets, linkTargets, type LinkTarget } from './linkTargets';
import { LINK_LEVEL_OPTIONS } from '../inspector/model/vocabLabels';
import './linking.css';
import { DialogButtons } from '../files/DialogButtons';

const selectEntities = (d: McredDocument) => d.entities;
const selectLinks = (d: McredDocument) => d.links;

const KIND_WORD: Record<LinkTarget['kind'], string> = { skill: 'Skill', outcome: 'Outcome', assessment: 'Assessment', activity: 'Activity', credential: 'Credential', program: 'Program' };

/**
 * Link to…: links the selected record to another without a mouse. A search box lists only
 * the records it may be linked to (the map's link rules, as drawing a link), each with how
 * the link reads ("is addressed by Outcome LO2 …"); arrows choose, Enter links. A skill ×
 * outcome link takes the level chosen. One undoable step per link; the dialog stays open
 * for the next one and says what was linked.
 */
export function LinkToDialog({ source, onClose }: { source: Id; onClose: () => void }) {
  const store = useDocumentStore();
  const session = useSessionStore();
  const entities = useDoc(selectEntities);
  const links = useDoc(selectLinks);
  // Follows the map: a link made here (or undone) leaves or returns to the list.
  const targets = useMemo(() => linkTargets({ entities, links }, source), [entities, links, source]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [level, setLevel] = useState<LinkLevel>('introduced');
  const [said, setSaid] = useState('');
  const ids = useId().replace(/:/g, '');
  const matches = useMemo(() => filterTargets(targets, query), [targets, query]);
  const current = matches[Math.min(active, matches.length - 1)];
  const entity = entities[source];
  const name = entity ? entityLabel(entity) : '';

  const link = (target: LinkTarget | undefined) => {
    if (!target) return;
    const doc = store.getState().doc;
    const made = newLink(doc, target.plan, makeId('link', secureRandom));
    const withLevel = made.kind === 'addresses' ? { ...made, level } : made;
    const refusal = store.dispatch({ name: 'link.create', payload: { link: withLevel } }, { label: 'Link' });
    if (refusal) return setSaid(refusal.message);
    const levelWord = made.kind === 'addresses' ? ` (${level})` : '';
    setSaid(`Linked: “${short(name)}” ${target.relation} ${KIND_WORD[target.kind].toLowerCase()} “${short(target.label)}”${levelWord}. Undo removes it.`);
    setQuery('');
    setActive(0);
    session.select([source]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(Math.max(0, matches.length - 1));
    else return;
    e.preventDefault();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    link(current);
  };

  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-opt-${i}`;
  return (
    <Modal title={`Link “${short(name)}” to…`} onCancel={onClose} wide>
      <form className="lk-form" onSubmit={submit}>
        <div className="fs-field">
          <label className="fs-field__label" htmlFor={`${ids}-q`}>
            Find an item to link to
          </label>
          <input
            id={`${ids}-q`}
            className="fs-input"
            role="combobox"
            aria-expanded={matches.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(matches.indexOf(current)) : undefined}
            value={query}
            placeholder="Type a code, title or kind"
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            autoComplete="off"
            data-autofocus
          />
        </div>
        <ul id={listId} role="listbox" aria-label="Items it can be linked to" className="lk-list" hidden={matches.length === 0}>
          {matches.map((t, i) => (
            <li
              key={t.id}
              id={optionId(i)}
              role="option"
              aria-selected={t === current}
              className={`lk-option${t === current ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(i)}
              onClick={() => link(t)}
            >
              <span className="lk-option__relation">{t.relation}</span>
              <span className={`lk-option__kind lk-kind--${t.kind}`}>{KIND_WORD[t.kind]}</span>
              <span className="lk-option__label">{t.label}</span>
            </li>
          ))}
        </ul>
        {/* Beside the list, not in it: a listbox may hold only options. */}
        {matches.length === 0 ? <p className="lk-list lk-empty">{targets.length ? 'Nothing matches: try fewer words.' : 'Nothing left to link it to: every item it may be linked to already is.'}</p> : null}
        {current?.plan.kind === 'addresses' ? (
          <div className="fs-field lk-level">
            <label className="fs-field__label" htmlFor={`${ids}-level`}>
              Level the outcome develops the skill to
            </label>
            <select id={`${ids}-level`} className="fs-input" value={level} onChange={(e) => setLevel(e.target.value as LinkLevel)}>
              {LINK_LEVEL_OPTIONS.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <p role="status" className="lk-said">
          {said}
        </p>
        <DialogButtons action={{ label: 'Link', disabled: !current }} onCancel={onClose} cancelLabel="Done" />
      </form>
    </Modal>
  );
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

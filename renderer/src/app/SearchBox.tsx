import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { entityLabel, type McredDocument } from '../../../shared/model';
import { EntityIcon, KIND_LABEL } from '../features/canvas/icons';
import { useDoc, useSessionStore } from '../store';
import type { ActionHandlers } from './actions';
import { searchEntities } from './search';
import { ToolIcon } from './ToolIcon';
import { useActionHandlers } from './useActions';

const selectEntities = (d: McredDocument) => d.entities;

const resultId = (i: number) => `search-result-${i}`;
/** Frames to wait for a chosen node to be drawn (the view moves to it first; only nodes in view are drawn). */
const WAIT_FRAMES = 30;

/** The chosen node takes the focus the search box gave up, once drawn and focusable (else the map does), so Tab and the map's keys go on from it. */
function focusNodeWhenShown(id: string, frames = WAIT_FRAMES): void {
  const map = document.getElementById('map');
  const node = map?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  node?.focus({ preventScroll: true });
  // Not drawn yet, or drawn but not focusable yet (the map is inert until the matrix over it has gone).
  if (node && document.activeElement === node) return;
  if (frames > 0) requestAnimationFrame(() => focusNodeWhenShown(id, frames - 1));
  else map?.focus();
}

/** Finds entities by text; choosing one selects it, brings it into view and focuses it. */
export function SearchBox() {
  const entities = useDoc(selectEntities);
  const session = useSessionStore();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchEntities(entities, deferred), [entities, deferred]);

  const handlers = useMemo(
    (): ActionHandlers => ({
      'edit.find': {
        run: () => {
          input.current?.focus();
          input.current?.select();
        },
      },
    }),
    [],
  );
  useActionHandlers(handlers);

  const choose = (id: string) => {
    session.focusOn(id);
    setOpen(false);
    input.current?.blur();
    focusNodeWhenShown(id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && results[active]) choose(results[active].id);
    else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    } else return;
    e.preventDefault();
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="search" role="search">
      <ToolIcon name="search" />
      <input
        ref={input}
        type="search"
        // Short: at 1280 px the box gives way to about 90 px of text ("Search the map" was cut);
        // its name says the rest.
        placeholder="Search"
        aria-label="Search the map"
        aria-expanded={showList && results.length > 0}
        aria-controls="search-results"
        aria-activedescendant={showList && results[active] ? resultId(active) : undefined}
        role="combobox"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && results.length === 0 ? (
        // Beside the list, not in it: a listbox may hold only options.
        <p className="search__results search__empty" role="status">
          Nothing matches “{query.trim()}”
        </p>
      ) : null}
      {showList && results.length > 0 ? (
        <ul className="search__results" id="search-results" role="listbox" aria-label="Search results">
          {results.map((e, i) => (
            <li
              key={e.id}
              id={resultId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(ev) => {
                ev.preventDefault();
                choose(e.id);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <EntityIcon kind={e.kind} className={`menu-icon menu-icon--${e.kind}`} />
              <span className="search__label">{entityLabel(e)}</span>
              <span className="search__kind">{KIND_LABEL[e.kind]}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

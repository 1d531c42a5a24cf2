import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { entityLabel, type McredDocument } from '../../../shared/model';
import { EntityIcon, KIND_LABEL } from '../features/canvas/icons';
import { useDoc, useSessionStore } from '../store';
import type { ActionHandlers } from './actions';
import { searchEntities } from './search';
import { ToolIcon } from './ToolIcon';
import { useActionHandlers } from './useActions';

const selectEntities = (d: McredDocument) => d.entities;

/** Finds entities by text; choosing one selects it and brings it into view. */
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
        placeholder="Search the map"
        aria-label="Search the map"
        aria-expanded={showList && results.length > 0}
        aria-controls="search-results"
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

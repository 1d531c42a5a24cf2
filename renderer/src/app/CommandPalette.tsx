import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { primaryShortcut, type Action, type ActionHandlers } from './actions';
import { formatShortcut } from './shortcuts';
import { useActionHandlers, useActionList, useActionRegistry } from './useActions';

/** Every registered action by name (Mod+K): the same definitions the menus and shortcuts use. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const handlers = useMemo((): ActionHandlers => ({ 'app.palette': { run: () => setOpen(true) } }), []);
  useActionHandlers(handlers);
  return open ? <PaletteDialog onClose={() => setOpen(false)} /> : null;
}

function PaletteDialog({ onClose }: { onClose: () => void }) {
  const registry = useActionRegistry();
  const all = useActionList();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const restore = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return all.filter((a) => a.palette !== false && (a.enabled?.() ?? true) && (!q || a.label.toLowerCase().includes(q) || a.id.includes(q) || (a.keywords ?? []).some((k) => k.includes(q))));
  }, [all, query]);

  // The input keeps the focus (a combobox); the list follows the active command into view.
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const close = () => {
    onClose();
    restore.current?.focus();
  };
  const run = (a: Action) => {
    close();
    registry.run(a.id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && matches[active]) run(matches[active]);
    else if (e.key === 'Escape') close();
    // Tab stays in the input, the modal palette's only stop (it went on to the page behind).
    else if (e.key !== 'Tab') return;
    e.preventDefault();
  };

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()} data-own-keys>
        <input
          autoFocus
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={matches[active] ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder="Type a command"
          aria-label="Command"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul role="listbox" id={listId} aria-label="Commands">
          {matches.map((a, i) => {
            const shortcut = primaryShortcut(a);
            return (
              <li key={a.id} id={optionId(i)} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => run(a)}>
                <span>{a.label}</span>
                {shortcut ? <kbd>{formatShortcut(shortcut)}</kbd> : null}
              </li>
            );
          })}
        </ul>
        {/* Outside the list: a listbox may hold only options. */}
        {matches.length === 0 ? (
          <p className="palette__empty" role="status">
            No command matches
          </p>
        ) : null}
      </div>
    </div>
  );
}

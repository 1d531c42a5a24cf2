import { useMemo } from 'react';
import { primaryShortcut, type ActionHandlers } from '../../app/actions';
import { formatShortcut } from '../../app/shortcuts';
import { ToolIcon } from '../../app/ToolIcon';
import { useAction, useActionHandlers } from '../../app/useActions';
import { useDocumentStore } from '../../store';
import { ghostToggleOf, useGhostLinksOn } from './ghostToggle';
import './suggest.css';

/**
 * The toolbar's "Suggested" switch (View ▸ Show Suggested Links, `view.suggestedLinks`): dashed
 * links for each outcome's best suggestion. Binds the action while the toolbar is mounted.
 */
export function SuggestToggle() {
  const toggle = ghostToggleOf(useDocumentStore());
  const on = useGhostLinksOn(toggle);
  const handlers = useMemo((): ActionHandlers => ({ 'view.suggestedLinks': { run: toggle.toggle } }), [toggle]);
  useActionHandlers(handlers);
  const action = useAction('view.suggestedLinks');
  const shortcut = action ? primaryShortcut(action) : undefined;
  const label = action?.label ?? 'Show Suggested Links';
  return (
    <button
      type="button"
      className="btn btn--quiet"
      aria-label="Suggested links"
      aria-pressed={on}
      title={`${label}${shortcut ? ` (${formatShortcut(shortcut)})` : ''}`}
      onClick={toggle.toggle}
    >
      <ToolIcon name="suggest" />
      <span>Suggested</span>
    </button>
  );
}

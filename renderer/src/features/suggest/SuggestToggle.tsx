import { useMemo } from 'react';
import type { Action } from '../../app/actions';
import { keyed } from '../../app/keymap';
import { primaryShortcut } from '../../app/actions';
import { formatShortcut } from '../../app/shortcuts';
import { useRegisterActions } from '../../app/useActions';
import { useDocumentStore } from '../../store';
import { ghostToggleOf, useGhostLinksOn } from './ghostToggle';

/** The toolbar's "Suggested" switch (Map ▸ Show Suggested Links): dashed links for each outcome's best suggestion. */
export function SuggestToggle() {
  const toggle = ghostToggleOf(useDocumentStore());
  const on = useGhostLinksOn(toggle);
  const actions = useMemo((): Action[] => [{ ...keyed('view.suggestedLinks'), run: toggle.toggle, keywords: ['ghost', 'recommend', 'match'] }], [toggle]);
  useRegisterActions(actions);
  const action = actions[0]!;
  const shortcut = primaryShortcut(action);
  return (
    <button type="button" className="btn btn--quiet" aria-pressed={on} title={`${action.label}${shortcut ? ` (${formatShortcut(shortcut)})` : ''}`} onClick={toggle.toggle}>
      <span>Suggested</span>
    </button>
  );
}

import { useCallback, useSyncExternalStore } from 'react';
import type { McredDocument } from '../../../../shared/model';
import { proposalViews } from '../../../../shared/review/proposals';
import { useDerived } from '../inspector/hooks/useDerived';
import { openCount } from './reviewModel';
import { reviewUi } from './reviewUi';
import { plural } from './words';

/** The status bar's "3 proposed changes" (kept short: the bar is crowded): shown while any wait for a decision; opens the Review panel. */
export function ReviewChip() {
  const count = useDerived(useCallback((d: McredDocument) => (Object.keys(d.proposals).length ? openCount(proposalViews(d)) : 0), []));
  const open = useSyncExternalStore(reviewUi.subscribe, () => reviewUi.getState().panelOpen);
  if (!count) return null;
  return (
    <button type="button" className="rw-chip" aria-expanded={open} onClick={() => reviewUi.setPanelOpen(!open)} title="Open the Review panel" data-testid="review-chip">
      <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
        <path d="M3 2.5h7l3 3v8H3z M10 2.5v3h3 M5.5 8.5h5 M5.5 11h3" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      </svg>
      {plural(count, 'proposed change')}
    </button>
  );
}

import { useMemo } from 'react';
import type { Action } from '../../app/actions';
import { keyed } from '../../app/keymap';
import { useRegisterActions } from '../../app/useActions';
import { ImportReviewDialog } from './ImportReviewDialog';
import { reviewUi } from './reviewUi';

/**
 * Registers File ▸ Import Review… and View ▸ Review as declared actions (menus, File bar,
 * command palette) and mounts the import dialog, so the workspace adds the feature with
 * one element; the panel itself mounts beside the map (`<ReviewPanel />`).
 */
export function ReviewEntry() {
  const actions = useMemo(
    (): Action[] => [
      { ...keyed('review.import'), run: () => reviewUi.requestImport() },
      { ...keyed('review.panel'), run: () => reviewUi.setPanelOpen(!reviewUi.getState().panelOpen) },
    ],
    [],
  );
  useRegisterActions(actions);
  return <ImportReviewDialog />;
}

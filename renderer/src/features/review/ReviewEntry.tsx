import { useMemo } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { ImportReviewDialog } from './ImportReviewDialog';
import { reviewUi } from './reviewUi';

/**
 * Registers File ▸ Import Review… and View ▸ Review as declared actions (menus, File bar,
 * command palette) and mounts the import dialog, so the workspace adds the feature with
 * one element; the panel itself mounts beside the map (`<ReviewPanel />`).
 */
export function ReviewEntry() {
  const handlers = useMemo(
    (): ActionHandlers => ({
      'review.import': { run: () => reviewUi.requestImport() },
      'review.panel': { run: () => reviewUi.setPanelOpen(!reviewUi.getState().panelOpen) },
    }),
    [],
  );
  useActionHandlers(handlers);
  return <ImportReviewDialog />;
}

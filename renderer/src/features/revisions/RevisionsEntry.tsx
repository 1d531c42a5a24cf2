import { useMemo, useState } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { MarkRevisionDialog } from './MarkRevisionDialog';
import { useRevisionsStore } from './revisionsStore';

/**
 * Registers Map ▸ Mark Revision… (`revision.mark`) and View ▸ Revisions (`revision.panel`),
 * and shows the Mark Revision dialog when asked. Mount once inside the open map's workspace.
 */
export function RevisionsEntry() {
  const revisions = useRevisionsStore();
  const [marking, setMarking] = useState(false);
  const handlers = useMemo(
    (): ActionHandlers => ({
      'revision.mark': { run: () => setMarking(true) },
      'revision.panel': { run: () => revisions.setPanelOpen(!revisions.getState().panelOpen) },
    }),
    [revisions],
  );
  useActionHandlers(handlers);
  return marking ? <MarkRevisionDialog onClose={() => setMarking(false)} /> : null;
}

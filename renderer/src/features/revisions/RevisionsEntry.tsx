import { useMemo, useState } from 'react';
import type { Action } from '../../app/actions';
import { keyed } from '../../app/keymap';
import { useRegisterActions } from '../../app/useActions';
import { MarkRevisionDialog } from './MarkRevisionDialog';
import { useRevisionsStore } from './revisionsStore';

/**
 * Registers Map ▸ Mark Revision… (`revision.mark`) and View ▸ Revisions (`revision.panel`),
 * and shows the Mark Revision dialog when asked. Mount once inside the open map's workspace.
 */
export function RevisionsEntry() {
  const revisions = useRevisionsStore();
  const [marking, setMarking] = useState(false);
  const actions = useMemo(
    (): Action[] => [
      { ...keyed('revision.mark'), run: () => setMarking(true) },
      { ...keyed('revision.panel'), run: () => revisions.setPanelOpen(!revisions.getState().panelOpen) },
    ],
    [revisions],
  );
  useRegisterActions(actions);
  return marking ? <MarkRevisionDialog onClose={() => setMarking(false)} /> : null;
}

import { memo, type MouseEvent } from 'react';
import { useSessionStore } from '../../store';
import { useCollaborationStore, useConflictMark } from './CollaborationContext';
import { ConflictIcon } from './StatusChips';

/**
 * An amber mark on a node that a merge left a conflict about; clicking it selects the node
 * and opens the review panel. Subscribes to its own node's count only.
 */
export const ConflictMark = memo(function ConflictMark({ id }: { id: string }) {
  const count = useConflictMark(id);
  const collab = useCollaborationStore();
  const session = useSessionStore();
  if (!count || !collab) return null;
  const label = `${count} ${count === 1 ? 'conflict' : 'conflicts'} to review`;
  const open = (e: MouseEvent) => {
    e.stopPropagation();
    session.select([id]);
    collab.setPanelOpen(true);
  };
  return (
    <button type="button" className="cf-node-mark nodrag" aria-label={label} title={`${label} — show them`} onClick={open} data-testid="conflict-mark">
      <ConflictIcon />
      {count}
    </button>
  );
});

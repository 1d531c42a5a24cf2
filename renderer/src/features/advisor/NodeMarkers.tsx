import { memo, type MouseEvent } from 'react';
import { useSessionStore } from '../../store';
import { useCommentFocus, useNodeMarks } from './hooks';
import { MarkIcon } from './icons';
import { endorsersLabel, threadsLabel } from './model/marks';
import './advisor.css';

/**
 * A node's advisor marks: open comment threads (a button: selects the node and shows its
 * comments) and endorsements. Subscribes to its own node's marks, so a new comment
 * re-renders this little component on one node, not the node itself.
 */
export const NodeMarkers = memo(function NodeMarkers({ id }: { id: string }) {
  const marks = useNodeMarks(id);
  const session = useSessionStore();
  const focus = useCommentFocus();
  if (!marks || (!marks.openThreads && !marks.endorsers)) return null;
  const showComments = (e: MouseEvent) => {
    e.stopPropagation();
    session.select([id]);
    focus.request(id, { compose: false });
  };
  const threads = threadsLabel(marks.openThreads);
  const endorsed = endorsersLabel(marks.endorsers);
  return (
    <span className="adv-marks" data-testid="advisor-marks">
      {marks.openThreads ? (
        <button type="button" className="adv-mark adv-mark--comments nodrag" aria-label={threads} title={`${threads} — show them`} onClick={showComments}>
          <MarkIcon mark="comment" />
          {marks.openThreads}
        </button>
      ) : null}
      {marks.endorsers ? (
        <span className="adv-mark adv-mark--endorsed" role="img" aria-label={endorsed} title={endorsed}>
          <MarkIcon mark="endorsed" />
          {marks.endorsers}
        </span>
      ) : null}
    </span>
  );
});

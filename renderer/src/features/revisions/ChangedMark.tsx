import './revisions.css';

/**
 * The "Changed" pill on a node's top edge while a comparison of revisions is open (the node
 * reads its mark with `useChangedMark` and outlines its card with `is-changed`).
 */
export function ChangedMark() {
  return (
    <span className="rv-node-mark" role="img" aria-label="Changed in the compared versions" data-testid="changed-mark">
      Changed
    </span>
  );
}

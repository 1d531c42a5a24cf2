import { memo } from 'react';
import { severityLabel, SeverityIcon } from './SeverityIcon';
import { useNodeReadiness } from './useReadiness';
import './readiness.css';

/**
 * The readiness mark for a canvas node: the most severe finding's icon and how many
 * findings target the node; nothing when it has none. Re-renders only when its counts change.
 */
export const ReadinessBadge = memo(function ReadinessBadge({ entityId }: { entityId: string }) {
  const counts = useNodeReadiness(entityId);
  if (!counts) return null;
  const worst = counts.error ? 'error' : counts.warning ? 'warning' : 'info';
  const total = counts.error + counts.warning + counts.info;
  const text = (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => severityLabel(s, counts[s]))
    .join(', ');
  return (
    <span className={`rd-badge rd-badge--${worst}`} role="img" aria-label={`Readiness: ${text}`} title={text}>
      <SeverityIcon severity={worst} decorative />
      {total > 1 && <span className="rd-badge__n">{total}</span>}
    </span>
  );
});

export { ReadinessPanel } from './ReadinessPanel';
export { ReadinessBadge } from './ReadinessBadge';
export { useNodeReadiness, useReadiness, useReadinessBadgeSource } from './useReadiness';
export { readinessBadgeSourceOf, type NodeBadgeCounts, type ReadinessBadgeSource } from './badgeSource';
export { readinessTrackerOf, ReadinessTracker } from './readinessStore';
export { changedIdsBetween } from './changedIds';
export { SeverityIcon, CountsLine, severityLabel } from './SeverityIcon';

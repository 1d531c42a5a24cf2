export { ReadinessPanel } from './ReadinessPanel';
export { ReadinessBadge } from './ReadinessBadge';
export { useNodeReadiness, useReadiness } from './useReadiness';
export { readinessTrackerOf, ReadinessTracker } from './readinessStore';
export { changedIdsBetween } from './changedIds';
export { SeverityIcon, CountsLine } from './SeverityIcon';

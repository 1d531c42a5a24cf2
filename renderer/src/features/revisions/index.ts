export { RevisionsEntry } from './RevisionsEntry';
export { RevisionsPanel } from './RevisionsPanel';
export { ChangedMark } from './ChangedMark';
export { useChangedMark } from './revisionsStore';

export { CollaborationContext, useCollaboration, useCollaborationStore, useConflictMark } from './CollaborationContext';
export { ConflictPanel } from './ConflictPanel';
export { ConflictChip, ConflictIcon, PresenceChip } from './StatusChips';
export { ConflictMark } from './ConflictMark';

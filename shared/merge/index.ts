export { mergeDocuments } from './merge';
export { summariseChanges, describeMerge } from './summarise';
export { lastCommonSave, latestStampIn } from './divergence';
export { MERGE_AUTHOR } from './normalise';
export type { ChangeSummary, Conflict, ConflictSide, ConflictType, MergeOptions, MergeResult, RecordKind } from './types';
export { fieldWords, kindWord, personName, quoted } from './describe';

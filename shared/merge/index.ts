export { mergeDocuments } from './merge';
export { summariseChanges } from './summarise';
export { mergeNotice, type MergeNotice } from './notice';
export { lastCommonSave, latestStampIn } from './divergence';
export { MERGE_AUTHOR } from './normalise';
export type { ChangeSummary, Conflict, ConflictSide, ConflictType, MergeOptions, MergeResult, RecordKind } from './types';
export { fieldWords, kindWord, personName, quoted } from './describe';

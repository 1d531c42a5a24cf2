export { ReviewEntry } from './ReviewEntry';
export { ReviewPanel } from './ReviewPanel';
export { ReviewChip } from './ReviewChip';
export { reviewUi, isWordFile } from './reviewUi';

export { CommentsSection } from './CommentsSection';
export { EndorseControls } from './EndorseControls';
export { NodeMarkers } from './NodeMarkers';
export { MarkSourceContext, useMarkSource } from './hooks';
export { useCommentAction } from './useCommentAction';

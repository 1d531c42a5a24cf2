export { MatrixView } from './MatrixView';
export { VIEW_IDS, ViewTabs, viewPanelProps, type WorkspaceView } from './ViewTabs';
export { buildMatrix, cellKey, nextLevel, type MatrixKind, type MatrixModel } from './matrixModel';
export { cycleCell, newLinkId } from './cellCommands';

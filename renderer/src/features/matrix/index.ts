export { MatrixView } from './MatrixView';
export { buildMatrix, cellKey, nextLevel, type MatrixKind, type MatrixModel } from './matrixModel';
export { cycleCell, newLinkId } from './cellCommands';

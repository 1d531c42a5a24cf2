export { autoLayout } from './autoLayout';
export { countCrossings } from './crossings';
export { COLUMN_COUNT, COLUMN_OF, DEFAULT_SPACING, NODE_HEIGHT, NODE_WIDTH, bandWidth, columnStep, rowStep, type LayoutSpacing } from './geometry';
export { buildGraph, type LayoutInput } from './graph';

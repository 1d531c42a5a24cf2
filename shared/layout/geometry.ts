import type { EntityKind } from '../model';

/**
 * The size of every node on the canvas, in canvas pixels. Fixed so that the layout can
 * place nodes without measuring them and the canvas can hand React Flow their sizes.
 */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 104;

/** Columns, left to right: where each kind of entity sits in an auto-laid-out map. */
export const COLUMN_OF: Readonly<Record<EntityKind, number>> = {
  skill: 0,
  outcome: 1,
  assessment: 2,
  activity: 2,
  credential: 3,
  program: 4,
};
export const COLUMN_COUNT = 5;

export interface LayoutSpacing {
  /** Empty space between two columns (room for edge labels). */
  columnGap: number;
  /** Empty space between two nodes of one column. */
  rowGap: number;
  /** Empty space between two credentials' sections of a band. */
  sectionGap: number;
  /** Empty space between two bands (side-by-side groups of columns on large maps). */
  bandGap: number;
  /** Width / height the whole map aims for when it is split into bands (a screen's shape). */
  aspect: number;
}

export const DEFAULT_SPACING: LayoutSpacing = {
  columnGap: 140,
  rowGap: 22,
  sectionGap: 90,
  bandGap: 260,
  aspect: 1.6,
};

/** Horizontal distance from one column's left edge to the next. */
export function columnStep(s: LayoutSpacing = DEFAULT_SPACING): number {
  return NODE_WIDTH + s.columnGap;
}

/** Vertical distance from one node's top to the next in a column. */
export function rowStep(s: LayoutSpacing = DEFAULT_SPACING): number {
  return NODE_HEIGHT + s.rowGap;
}

/** Width of one band: all five columns. */
export function bandWidth(s: LayoutSpacing = DEFAULT_SPACING): number {
  return COLUMN_COUNT * NODE_WIDTH + (COLUMN_COUNT - 1) * s.columnGap;
}

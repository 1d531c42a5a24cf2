import { MATRICES, type MatrixKind } from './matrixModel';

/** Fixed geometry of a grid, in CSS pixels. */
export interface Geometry {
  rowH: number;
  colW: number;
  headH: number;
  firstW: number;
  overscan: number;
}

const SKILLS: Geometry = { rowH: 34, colW: 64, headH: 44, firstW: 320, overscan: 4 };
/** Assessment and credential titles are longer than outcome codes: wider columns, a taller header. */
const ASSESSMENTS: Geometry = { rowH: 34, colW: 140, headH: 60, firstW: 320, overscan: 4 };

export function geometryOf(kind: MatrixKind): Geometry {
  return MATRICES[kind].cols === 'outcome' ? SKILLS : ASSESSMENTS;
}

export interface VisibleRange {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/** The rows and columns in view (plus a few either side), from the scroller's position and size. */
export function visibleRange(g: Geometry, scrollTop: number, scrollLeft: number, width: number, height: number, rows: number, cols: number): VisibleRange {
  const { rowH, colW, headH, firstW, overscan } = g;
  const r0 = Math.max(0, Math.floor(scrollTop / rowH) - overscan);
  const r1 = Math.min(rows, Math.ceil((scrollTop + Math.max(0, height - headH)) / rowH) + overscan);
  const c0 = Math.max(0, Math.floor(scrollLeft / colW) - overscan);
  const c1 = Math.min(cols, Math.ceil((scrollLeft + Math.max(0, width - firstW)) / colW) + overscan);
  return { r0, r1, c0, c1 };
}

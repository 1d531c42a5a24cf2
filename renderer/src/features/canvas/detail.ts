import type { FitViewOptions } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * How much a node shows at the current zoom: everything up close; the title alone in the
 * middle distance (larger, so it stays readable); far out, a plain coloured card, which
 * reads as calm columns and costs little to draw on big maps. Changes only when the zoom
 * crosses a threshold, so nodes re-render rarely.
 */
export type Detail = 'near' | 'mid' | 'far';

export const NEAR_ZOOM = 0.6;
export const FAR_ZOOM = 0.3;

export function detailAt(zoom: number): Detail {
  return zoom >= NEAR_ZOOM ? 'near' : zoom >= FAR_ZOOM ? 'mid' : 'far';
}

/** The smallest title a person can read on screen, in screen pixels. */
const READABLE_PX = 12;
/**
 * Room for the title in a node at middle distance, in canvas pixels: the 104 px card less
 * its borders, its slimmer padding and its slimmer header (canvas.css, `.canvas--mid`).
 * Enough for two lines at the largest size, so a fitted map shows about twenty characters
 * of each title, not eight.
 */
export const MID_TITLE_ROOM = 80;
/** Line height at middle distance, as a multiple of the font size: tight, for two lines. */
const MID_LINE = 1.1;

/**
 * The node title at middle distance: large enough in canvas pixels to be about
 * READABLE_PX on screen, with as many lines as fit the card (at least two once it is
 * large). `zoom` is a quantised zoom (see Canvas), so the titles re-style only when it
 * moves by a step.
 */
export function midTitleStyle(zoom: number): { fontPx: number; linePx: number; lines: number } {
  const fontPx = Math.round(Math.min(36, Math.max(16, READABLE_PX / zoom)));
  const linePx = Math.round(fontPx * MID_LINE);
  return { fontPx, linePx, lines: Math.max(1, Math.floor(MID_TITLE_ROOM / linePx)) };
}

export const DetailContext = createContext<Detail>('near');

export function useDetail(): Detail {
  return useContext(DetailContext);
}

/** Fitting the view: a margin, never zoomed past 100 %, room at the top for the view tabs and the focus bar. */
export function fitOptions(focusBar: boolean): FitViewOptions {
  return { padding: { top: focusBar ? '64px' : '52px', right: '4%', bottom: '4%', left: '4%' }, maxZoom: 1 };
}

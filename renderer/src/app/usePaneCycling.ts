import { useMemo } from 'react';
import type { ActionHandlers } from './actions';
import { useActionHandlers } from './useActions';

/** The workspace's panes in the order F6 visits them; the map and the matrix share a place, one of them shown. */
const PANES = ['[data-pane="readiness"]', '#map', '[data-pane="matrix"]', '[data-pane="inspector"]'] as const;

/** Shown: the map stays mounted, hidden (visibility) under the matrix, and must not take the focus there. */
function isShown(pane: HTMLElement): boolean {
  return pane.offsetParent !== null && getComputedStyle(pane).visibility !== 'hidden';
}

/**
 * Where focus goes in a pane: the matrix's grid; the map's selected (else first) node; in the
 * inspector the record's statement or title (what a new item needs first), else its first
 * field; else the pane's first control.
 */
function entryOf(pane: HTMLElement): HTMLElement {
  if (pane.dataset.pane === 'matrix') return pane.querySelector<HTMLElement>('[role="grid"]') ?? pane;
  if (pane.id === 'map') return pane.querySelector<HTMLElement>('.react-flow__node.selected') ?? pane.querySelector<HTMLElement>('.react-flow__node') ?? pane;
  const field = pane.querySelector<HTMLElement>('#insp-statement, #insp-title') ?? pane.querySelector<HTMLElement>('input:not([type="checkbox"]):not([disabled]), textarea:not([disabled]), select:not([disabled])');
  return field ?? pane.querySelector<HTMLElement>('button:not([disabled]), [tabindex="0"]') ?? pane;
}

/**
 * F6 and Shift+F6 move focus between the workspace's panes (readiness, map or matrix,
 * inspector), as in desktop applications: from anywhere else F6 goes to the map (or matrix).
 */
export function usePaneCycling(): void {
  const handlers = useMemo((): ActionHandlers => {
    const move = (step: 1 | -1) => {
      const panes = PANES.map((s) => document.querySelector<HTMLElement>(s)).filter((p): p is HTMLElement => p !== null && isShown(p));
      if (!panes.length) return;
      const here = panes.findIndex((p) => p.contains(document.activeElement));
      const main = panes.findIndex((p) => p.id === 'map' || p.dataset.pane === 'matrix');
      const next = here < 0 ? Math.max(0, main) : (here + step + panes.length) % panes.length;
      entryOf(panes[next]!).focus();
    };
    return { 'view.nextPane': { run: () => move(1) }, 'view.previousPane': { run: () => move(-1) } };
  }, []);
  useActionHandlers(handlers);
}

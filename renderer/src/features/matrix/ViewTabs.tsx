import { useRef, type KeyboardEvent } from 'react';
import './matrix.css';
import './viewTabs.css';

export type WorkspaceView = 'map' | 'matrix';

const VIEWS: readonly { view: WorkspaceView; label: string }[] = [
  { view: 'map', label: 'Map' },
  { view: 'matrix', label: 'Matrix' },
];

/** The ids that tie each view's tab to its panel (`aria-controls`, `aria-labelledby`). */
export const viewTabId = (view: WorkspaceView) => `view-tab-${view}`;
export const viewPanelId = (view: WorkspaceView) => `view-panel-${view}`;

/** Where an arrow, Home or End key moves from tab `at` of `count` (wrapping), or undefined for other keys. */
function tabFor(key: string, at: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (at + 1) % count;
  if (key === 'ArrowLeft') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * "Map | Matrix": switches the main area between the canvas and the coverage matrix. The
 * WAI-ARIA tabs pattern: one Tab stop (the selected tab); Left/Right (wrapping), Home and End
 * move to a tab and show its view at once; each tab controls its panel (Workspace).
 */
export function ViewTabs({ view, onChange }: { view: WorkspaceView; onChange: (view: WorkspaceView) => void }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabFor(e.key, VIEWS.findIndex((v) => v.view === view), VIEWS.length);
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    e.stopPropagation();
    onChange(VIEWS[next]!.view);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="View" className="mx-viewtabs" onKeyDown={onKeyDown}>
      {VIEWS.map((v, i) => (
        <button
          key={v.view}
          ref={(el) => {
            tabs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={viewTabId(v.view)}
          aria-selected={view === v.view}
          aria-controls={viewPanelId(v.view)}
          tabIndex={view === v.view ? 0 : -1}
          className="mx-tab"
          onClick={() => onChange(v.view)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}

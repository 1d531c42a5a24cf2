import type { WorkspaceView } from '../../store';
import { tabIds, tabPanelProps, useTabs } from './useTabs';
import './matrix.css';
import './viewTabs.css';

export type { WorkspaceView };

const VIEWS: readonly WorkspaceView[] = ['map', 'matrix'];
const LABELS: Record<WorkspaceView, string> = { map: 'Map', matrix: 'Matrix' };
/** The ids of the view tabs and their panels (Skip to map, outside the workspace, finds the map's by them). */
export const VIEW_IDS = tabIds<WorkspaceView>('view');

/** The attributes of a view's panel (Workspace); the panel hides itself as it needs. */
export const viewPanelProps = (view: WorkspaceView) => tabPanelProps(VIEW_IDS, view);

/**
 * "Map | Matrix": switches the main area between the canvas and the coverage matrix. The
 * WAI-ARIA tabs pattern (`useTabs`): one Tab stop (the selected tab); Left/Right (wrapping),
 * Home and End move to a tab and show its view at once; each tab controls its panel (Workspace).
 */
export function ViewTabs({ view, onChange }: { view: WorkspaceView; onChange: (view: WorkspaceView) => void }) {
  const { tablistProps, tabProps } = useTabs(VIEWS, view, onChange, VIEW_IDS);
  return (
    <div {...tablistProps} aria-label="View" className="mx-viewtabs">
      {VIEWS.map((v) => (
        <button key={v} {...tabProps(v)} className="mx-tab">
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}

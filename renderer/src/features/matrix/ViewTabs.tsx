import './matrix.css';
import './viewTabs.css';

export type WorkspaceView = 'map' | 'matrix';

/** "Map | Matrix": switches the main area between the canvas and the coverage matrix. */
export function ViewTabs({ view, onChange }: { view: WorkspaceView; onChange: (view: WorkspaceView) => void }) {
  return (
    <div role="tablist" aria-label="View" className="mx-viewtabs">
      <button type="button" role="tab" aria-selected={view === 'map'} className="mx-tab" onClick={() => onChange('map')}>
        Map
      </button>
      <button type="button" role="tab" aria-selected={view === 'matrix'} className="mx-tab" onClick={() => onChange('matrix')}>
        Matrix
      </button>
    </div>
  );
}

import { Canvas } from '../features/canvas/Canvas';
import { Inspector } from '../features/inspector/Inspector';
import { CommandPalette } from './CommandPalette';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useHistoryActions } from './useHistoryActions';
import './toolbar.css';
import './workspace.css';

/** The editing workspace of an open map: toolbar, canvas, inspector, status bar. */
export function Workspace() {
  useHistoryActions();
  return (
    <div className="workspace">
      <Toolbar />
      <div className="workspace__body">
        <main className="workspace__canvas" aria-label="Map">
          <Canvas />
        </main>
        <Inspector />
      </div>
      <StatusBar />
      <CommandPalette />
    </div>
  );
}

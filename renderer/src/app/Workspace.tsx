import { MarkSourceContext, useCommentAction, useMarkSource } from '../features/advisor';
import { BadgeSourceContext } from '../features/canvas/badges';
import { Canvas } from '../features/canvas/Canvas';
import { ConflictPanel } from '../features/collaboration';
import { ExportEntry } from '../features/export/ExportEntry';
import { ImportEntry } from '../features/import';
import { EvidenceEntry } from '../features/evidence';
import { LinkToEntry } from '../features/linking';
import { Inspector } from '../features/inspector/Inspector';
import { MatrixView, ViewTabs, viewPanelProps } from '../features/matrix';
import { ReadinessPanel, useReadinessBadgeSource } from '../features/readiness';
import { RevisionsEntry, RevisionsPanel } from '../features/revisions';
import { ApprovalEntry } from '../features/approvals';
import { ReviewEntry, ReviewPanel } from '../features/review';
import { CommandPalette } from './CommandPalette';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useSession, useSessionStore, type SessionState } from '../store';
import { useHistoryActions } from './useHistoryActions';
import { usePaneCycling } from './usePaneCycling';
import './toolbar.css';
import './workspace.css';
import './narrow.css';

/**
 * The editing workspace of an open map: toolbar; readiness, the map (or the coverage
 * matrix) and the inspector side by side; status bar. Dialogs (palette, import, export)
 * mount here once and open through their actions.
 */
const selectView = (s: SessionState) => s.view;

export function Workspace() {
  useHistoryActions();
  usePaneCycling();
  const badges = useReadinessBadgeSource();
  const marks = useMarkSource();
  useCommentAction();
  // In the session store: "show it on the map" (search, a finding, a linked record) brings the map back.
  const view = useSession(selectView);
  const session = useSessionStore();
  return (
    <BadgeSourceContext.Provider value={badges}>
      <MarkSourceContext.Provider value={marks}>
        <div className="workspace">
          <Toolbar />
          <div className="workspace__body">
            <ReadinessPanel />
            <main className="workspace__canvas" aria-label={view === 'map' ? 'Map' : 'Coverage matrix'}>
              <ViewTabs view={view} onChange={(v) => session.showView(v)} />
              {/* The canvas stays mounted under the matrix, so the map keeps its view and need not be rebuilt.
                  Inert while hidden: React Flow gives its nodes `visibility: visible`, which would keep them Tab stops and in the accessibility tree. */}
              <div {...viewPanelProps('map')} className={`workspace__view${view === 'map' ? '' : ' is-hidden'}`} inert={view !== 'map'}>
                <Canvas />
              </div>
              {/* Always there for its tab's aria-controls; the matrix itself is built only while shown. */}
              <div {...viewPanelProps('matrix')} className="workspace__view" hidden={view !== 'matrix'}>
                {view === 'matrix' ? <MatrixView /> : null}
              </div>
              <ConflictPanel />
              <RevisionsPanel />
            </main>
            <ReviewPanel />
            <Inspector />
          </div>
          <StatusBar />
          <CommandPalette />
          <ImportEntry />
          <EvidenceEntry />
          <ExportEntry />
          <LinkToEntry />
          <RevisionsEntry />
          <ApprovalEntry />
          <ReviewEntry />
        </div>
      </MarkSourceContext.Provider>
    </BadgeSourceContext.Provider>
  );
}

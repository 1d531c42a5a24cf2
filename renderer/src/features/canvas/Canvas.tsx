import '@xyflow/react/dist/base.css';
import './canvas.css';
import './overlays.css';
import { Background, ConnectionMode, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent as ReactMouseEvent } from 'react';
import type { EntityKind, Position } from '../../../../shared/model';
import { useSessionStore } from '../../store';
import { DetailContext, detailAt, fitOptions, midTitleStyle, type Detail } from './detail';
import { ContextMenu, type MenuCommands, type MenuState } from './ContextMenu';
import { FocusBar } from './FocusBar';
import { KIND_COLOUR } from './icons';
import { NODE_TYPES, EDGE_TYPES } from './nodeTypes';
import { Notice } from './Notice';
import type { EntityNode, LinkEdge } from './types';
import { useCanvasActions } from './useCanvasActions';
import { useCanvasAdapter, type Notice as NoticeValue } from './useCanvasAdapter';
import { useCanvasModel } from './useCanvasModel';
import { useEntityCommands } from './useEntityCommands';
import { useFocusRequests } from './useFocusRequests';
import { useLinkedNavigation } from '../linking';
import { openSuggestion, useGhostEdges } from '../suggest';

const selectDetail = (s: ReactFlowState): Detail => detailAt(s.transform[2]);
/**
 * Whether the pane has room for the minimap (200 × 150 px in a corner): beside open panels on
 * a small screen the map can be a few hundred pixels wide, and the minimap would cover half.
 */
const MINIMAP_ROOM = { width: 520, height: 400 };
const selectMinimapRoom = (s: ReactFlowState): boolean => s.width >= MINIMAP_ROOM.width && s.height >= MINIMAP_ROOM.height;
/** The zoom in steps of 0.05 while at middle distance (titles are sized from it), else 0. */
const selectMidZoom = (s: ReactFlowState): number => (detailAt(s.transform[2]) === 'mid' ? Math.round(s.transform[2] * 20) / 20 : 0);
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_OPTIONS = fitOptions(false);
const minimapColour = (n: EntityNode) => KIND_COLOUR[n.data.entity.kind];

/** The map: the document's entities and links on a React Flow canvas. */
export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}

function CanvasView() {
  const pane = useRef<HTMLDivElement>(null);
  const session = useSessionStore();
  const flow = useReactFlow();
  const detail = useStore(selectDetail);
  const midZoom = useStore(selectMidZoom);
  const minimapRoom = useStore(selectMinimapRoom);
  const titleVars = useMemo(() => {
    if (!midZoom) return undefined;
    const t = midTitleStyle(midZoom);
    return { '--mid-title-size': `${t.fontPx}px`, '--mid-title-line': `${t.linePx}px`, '--mid-title-lines': t.lines } as CSSProperties;
  }, [midZoom]);
  const { doc, nodes, edges: linkEdges, visible, focusCredential, positionOf, setDragging } = useCanvasModel();
  const ghosts = useGhostEdges(visible);
  const edges = useMemo(() => (ghosts.length ? [...linkEdges, ...ghosts] : linkEdges), [linkEdges, ghosts]);
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [menu, setMenu] = useState<MenuState | undefined>();
  const closeNotice = useCallback(() => setNotice(undefined), []);
  const closeMenu = useCallback(() => setMenu(undefined), []);

  const adapter = useCanvasAdapter(setDragging, setNotice);
  const commands = useEntityCommands(pane);
  const isVisible = useCallback((id: string) => !visible || visible.has(id), [visible]);
  const visibleIds = useCallback(() => (visible ? [...visible] : Object.keys(doc.entities)), [visible, doc.entities]);
  useCanvasActions(commands, visibleIds);
  useFocusRequests(isVisible, positionOf, focusCredential);
  const onLinkedNavigation = useLinkedNavigation(positionOf);

  // Selection and focus never point at records an undo, delete or merge removed.
  useEffect(() => {
    session.prune((id) => !!(doc.entities[id] || doc.links[id]));
  }, [doc.entities, doc.links, session]);

  const openMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, target: MenuState['target']) => {
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY, flow: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), target });
    },
    [flow],
  );
  const onPaneContextMenu = useCallback((e: ReactMouseEvent | MouseEvent) => openMenu(e, { kind: 'pane' }), [openMenu]);
  const onNodeContextMenu = useCallback(
    (e: ReactMouseEvent, node: EntityNode) => {
      if (!session.getState().selection.includes(node.id)) session.select([node.id]);
      openMenu(e, { kind: 'node', id: node.id, entityKind: node.data.entity.kind });
    },
    [openMenu, session],
  );
  // A suggested (ghost) link is no record: clicking it opens its suggestion in the outcome's inspector.
  const onEdgeClick = useCallback((_: ReactMouseEvent, edge: LinkEdge) => edge.data?.suggestion && openSuggestion(session, edge.data.suggestion), [session]);
  const onEdgeContextMenu = useCallback(
    (e: ReactMouseEvent, edge: LinkEdge) => {
      if (edge.data?.suggestion) return onPaneContextMenu(e);
      session.select([edge.id]);
      openMenu(e, { kind: 'edge', id: edge.id });
    },
    [openMenu, onPaneContextMenu, session],
  );
  const menuCommands = useMemo(
    (): MenuCommands => ({
      createAt: (kind: EntityKind, at: Position) => void commands.create(kind, at),
      focusCredential: (id: string) => session.setFocusCredential(id),
    }),
    [commands, session],
  );

  const focused = focusCredential ? doc.entities[focusCredential] : undefined;
  return (
    <DetailContext.Provider value={detail}>
      <div className={`canvas canvas--${detail}`} ref={pane} data-testid="canvas" id="map" tabIndex={-1} onKeyDownCapture={onLinkedNavigation} style={titleVars}>
        {focused && visible ? <FocusBar credential={focused} shown={visible.size} /> : null}
        <ReactFlow<EntityNode, LinkEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={adapter.onNodesChange}
          onEdgesChange={adapter.onEdgesChange}
          isValidConnection={adapter.isValidConnection}
          onConnectEnd={adapter.onConnectEnd}
          onPaneContextMenu={onPaneContextMenu}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeClick={onEdgeClick}
          onEdgeContextMenu={onEdgeContextMenu}
          connectionMode={ConnectionMode.Loose}
          // Links stay out of the Tab order: a node's links are listed (and selectable) in the inspector.
          edgesFocusable={false}
          connectOnClick={false}
          connectionRadius={28}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          nodesDraggable={!visible}
          onlyRenderVisibleElements
          elevateEdgesOnSelect
          minZoom={0.05}
          maxZoom={2}
          fitView
          fitViewOptions={FIT_OPTIONS}
          proOptions={{ hideAttribution: true }}
        >
          {/* Far out the dot grid would be tens of thousands of dots to repaint on every pan. */}
          {detail === 'far' ? null : <Background gap={24} size={1} color="#d5d9e0" />}
          {/* Far out the whole map is already in view; the minimap helps once zoomed in (and costs a repaint per pan frame). */}
          {detail === 'far' || !minimapRoom ? null : <MiniMap<EntityNode> nodeColor={minimapColour} nodeStrokeWidth={0} pannable zoomable ariaLabel="Overview of the map" />}
          <Controls showInteractive={false} />
        </ReactFlow>
        {notice ? <Notice notice={notice} onClose={closeNotice} /> : null}
        {menu ? <ContextMenu menu={menu} commands={menuCommands} onClose={closeMenu} /> : null}
      </div>
    </DetailContext.Provider>
  );
}

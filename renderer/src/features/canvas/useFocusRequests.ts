import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { SessionState } from '../../store';
import { useDocumentStore, useSession, useSessionStore } from '../../store';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

const selectFocus = (s: SessionState) => s.focus;
const MIN_FOCUS_ZOOM = 0.9;

/**
 * Brings a node into view when something asks for it (search, readiness findings):
 * leaves focus mode if the node is outside it, centres it and zooms in enough to read it.
 */
export function useFocusRequests(isVisible: (id: string) => boolean) {
  const focus = useSession(selectFocus);
  const session = useSessionStore();
  const store = useDocumentStore();
  const flow = useReactFlow();
  const handled = useRef(0);

  useEffect(() => {
    // Only a new request (a new seq) moves the view, not re-renders.
    if (!focus || focus.seq === handled.current) return;
    handled.current = focus.seq;
    const doc = store.getState().doc;
    if (!doc.entities[focus.id]) return;
    if (!isVisible(focus.id)) session.setFocusCredential(undefined);
    const node = flow.getNode(focus.id);
    const p = doc.layout[focus.id] ?? node?.position;
    if (!p) return;
    void flow.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), MIN_FOCUS_ZOOM), duration: 300 });
  }, [focus, store, session, flow, isVisible]);
}

import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Position } from '../../../../shared/model';
import type { SessionState } from '../../store';
import { useDocumentStore, useSession, useSessionStore } from '../../store';
import { fitOptions } from './detail';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';

const selectFocus = (s: SessionState) => s.focus;
const MIN_FOCUS_ZOOM = 0.9;

/**
 * Moves the view when something asks for it: a node to bring into view (search, readiness
 * findings) is centred and zoomed in enough to read, leaving focus mode if it lies outside;
 * entering or leaving focus mode fits the view to what is now shown.
 */
export function useFocusRequests(isVisible: (id: string) => boolean, positionOf: (id: string) => Position | undefined, focusCredential: string | undefined) {
  const focus = useSession(selectFocus);
  const session = useSessionStore();
  const store = useDocumentStore();
  const flow = useReactFlow();
  const handled = useRef(0);
  /** Set when a node request itself left focus mode: centring that node wins over fitting. */
  const skipFit = useRef(false);
  const shownFor = useRef(focusCredential);

  useEffect(() => {
    // Only a new request (a new seq) moves the view, not re-renders.
    if (!focus || focus.seq === handled.current) return;
    handled.current = focus.seq;
    const doc = store.getState().doc;
    if (!doc.entities[focus.id]) return;
    // Outside the focused neighbourhood: show the whole map, where the node has its saved place.
    const leaving = !isVisible(focus.id);
    if (leaving) {
      skipFit.current = true;
      session.setFocusCredential(undefined);
    }
    const p = leaving ? doc.layout[focus.id] : positionOf(focus.id);
    if (!p) return;
    void flow.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), MIN_FOCUS_ZOOM), duration: 300 });
  }, [focus, store, session, flow, isVisible, positionOf]);

  useEffect(() => {
    if (shownFor.current === focusCredential) return;
    shownFor.current = focusCredential;
    if (skipFit.current) {
      skipFit.current = false;
      return;
    }
    // A frame later, so that React Flow has the nodes now shown.
    const frame = requestAnimationFrame(() => void flow.fitView({ ...fitOptions(!!focusCredential), duration: 250 }));
    return () => cancelAnimationFrame(frame);
  }, [focusCredential, flow]);
}

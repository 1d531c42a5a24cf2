import type { Connection, EdgeChange, FinalConnectionState, NodeChange } from '@xyflow/react';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { makeId, type Id, type Position } from '../../../../shared/model';
import { useDocumentStore, useSessionStore } from '../../store';
import { newLink, planLink } from './connections';
import { secureRandom } from './newEntity';
import { clientPoint, nodeIdAt } from './pointer';
import type { EntityNode, LinkEdge } from './types';
import { NO_DRAG } from './useCanvasModel';

export interface Notice {
  message: string;
  /** Client coordinates to show it near. */
  at: { x: number; y: number };
}

/**
 * The one place where React Flow's events become document commands or session changes:
 * a drag is session state until it stops, then one `layout.move` (one undo step); a
 * selection goes to the session, never the document; a connection is planned by the link
 * rules and either created or refused with the reason shown.
 */
export function useCanvasAdapter(setDragging: Dispatch<SetStateAction<ReadonlyMap<Id, Position>>>, notify: (n: Notice) => void) {
  const store = useDocumentStore();
  const session = useSessionStore();

  const applySelection = useCallback(
    (delta: ReadonlyMap<string, boolean>) => {
      const current = session.getState().selection;
      const next = current.filter((id) => delta.get(id) !== false);
      for (const [id, on] of delta) if (on && !next.includes(id)) next.push(id);
      session.select(next);
    },
    [session],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<EntityNode>[]) => {
      let moving: Map<Id, Position> | undefined;
      let commit: Record<Id, Position> | undefined;
      const delta = new Map<string, boolean>();
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          if (c.dragging) (moving ??= new Map()).set(c.id, c.position);
          else (commit ??= {})[c.id] = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
        } else if (c.type === 'select') delta.set(c.id, c.selected);
      }
      if (moving) {
        const m = moving;
        setDragging((prev) => new Map([...prev, ...m]));
      }
      if (commit) {
        const dragged = changes.some((c) => c.type === 'position' && c.dragging === false);
        store.dispatch({ name: 'layout.move', payload: { positions: commit } }, { label: 'Move', coalesceKey: dragged ? undefined : 'nudge' });
        setDragging(NO_DRAG);
      }
      if (delta.size) applySelection(delta);
    },
    [store, setDragging, applySelection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdge>[]) => {
      const delta = new Map<string, boolean>();
      for (const c of changes) if (c.type === 'select') delta.set(c.id, c.selected);
      if (delta.size) applySelection(delta);
    },
    [applySelection],
  );

  const isValidConnection = useCallback((c: LinkEdge | Connection) => planLink(store.getState().doc, c.source, c.target).ok, [store]);

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const from = state.fromNode?.id;
      const to = state.toNode?.id ?? nodeIdAt(event);
      if (!from || !to || from === to) return;
      const doc = store.getState().doc;
      const plan = planLink(doc, from, to);
      if (!plan.ok) {
        notify({ message: plan.message, at: clientPoint(event) });
        return;
      }
      const link = newLink(doc, plan, makeId('link', secureRandom));
      const refusal = store.dispatch({ name: 'link.create', payload: { link } }, { label: 'Link' });
      if (refusal) notify({ message: refusal.message, at: clientPoint(event) });
      else session.select([link.id]);
    },
    [store, session, notify],
  );

  return { onNodesChange, onEdgesChange, isValidConnection, onConnectEnd };
}

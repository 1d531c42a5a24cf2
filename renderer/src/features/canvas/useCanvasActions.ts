import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { useDocumentStore, useSessionStore } from '../../store';
import { fitOptions } from './detail';
import type { useEntityCommands } from './useEntityCommands';

type Commands = ReturnType<typeof useEntityCommands>;

/** The canvas's actions: create, delete, select all, copy, paste, zoom, fit and tidy layout. */
export function useCanvasActions(commands: Commands, visibleIds: () => string[]) {
  const store = useDocumentStore();
  const session = useSessionStore();
  const flow = useReactFlow();
  const { create, deleteSelection, copy, paste } = commands;

  const handlers = useMemo((): ActionHandlers => {
    const hasSelection = () => session.getState().selection.length > 0;
    const hasEntitySelected = () => session.getState().selection.some((id) => !!store.getState().doc.entities[id]);
    return {
      'create.skill': { run: () => void create('skill') },
      'create.outcome': { run: () => void create('outcome') },
      'create.assessment': { run: () => void create('assessment') },
      'create.activity': { run: () => void create('activity') },
      'create.credential': { run: () => void create('credential') },
      'create.program': { run: () => void create('program') },
      'edit.delete': { run: deleteSelection, enabled: hasSelection },
      'edit.selectAll': { run: () => session.select(visibleIds()) },
      'edit.copy': { run: copy, enabled: hasEntitySelected },
      'edit.paste': { run: paste },
      'view.zoomIn': { run: () => void flow.zoomIn({ duration: 150 }) },
      'view.zoomOut': { run: () => void flow.zoomOut({ duration: 150 }) },
      'view.fit': { run: () => void flow.fitView({ ...fitOptions(!!session.getState().focusCredential), duration: 250 }) },
      'layout.auto': {
        run: () => {
          store.dispatch({ name: 'layout.auto', payload: {} }, { label: 'Tidy layout' });
          // Wait a frame so React Flow has the new positions before fitting.
          requestAnimationFrame(() => void flow.fitView({ ...fitOptions(!!session.getState().focusCredential), duration: 250 }));
        },
      },
    };
  }, [store, session, flow, create, deleteSelection, copy, paste, visibleIds]);

  useActionHandlers(handlers);
}

import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { ENTITY_KINDS, type EntityKind } from '../../../../shared/model';
import { keyed } from '../../app/keymap';
import type { Action } from '../../app/actions';
import { useRegisterActions } from '../../app/useActions';
import { useDocumentStore, useSessionStore } from '../../store';
import { fitOptions } from './detail';
import type { useEntityCommands } from './useEntityCommands';

type Commands = ReturnType<typeof useEntityCommands>;

const CREATE_ID = {
  skill: 'create.skill',
  outcome: 'create.outcome',
  assessment: 'create.assessment',
  activity: 'create.activity',
  credential: 'create.credential',
  program: 'create.program',
} as const satisfies Record<EntityKind, string>;

/** The canvas's actions: create, delete, select all, copy, paste, zoom, fit and tidy layout. */
export function useCanvasActions(commands: Commands, visibleIds: () => string[]) {
  const store = useDocumentStore();
  const session = useSessionStore();
  const flow = useReactFlow();
  const { create, deleteSelection, copy, paste } = commands;

  const actions = useMemo((): Action[] => {
    const hasSelection = () => session.getState().selection.length > 0;
    const hasEntitySelected = () => session.getState().selection.some((id) => !!store.getState().doc.entities[id]);
    return [
      ...ENTITY_KINDS.map((kind) => ({ ...keyed(CREATE_ID[kind]), run: () => void create(kind) })),
      { ...keyed('edit.delete'), run: deleteSelection, enabled: hasSelection },
      { ...keyed('edit.selectAll'), run: () => session.select(visibleIds()) },
      { ...keyed('edit.copy'), run: copy, enabled: hasEntitySelected },
      { ...keyed('edit.paste'), run: paste },
      { ...keyed('view.zoomIn'), run: () => void flow.zoomIn({ duration: 150 }) },
      { ...keyed('view.zoomOut'), run: () => void flow.zoomOut({ duration: 150 }) },
      { ...keyed('view.fit'), run: () => void flow.fitView({ ...fitOptions(!!session.getState().focusCredential), duration: 250 }) },
      {
        ...keyed('layout.auto'),
        run: () => {
          store.dispatch({ name: 'layout.auto', payload: {} }, { label: 'Tidy layout' });
          // Wait a frame so React Flow has the new positions before fitting.
          requestAnimationFrame(() => void flow.fitView({ ...fitOptions(!!session.getState().focusCredential), duration: 250 }));
        },
      },
    ];
  }, [store, session, flow, create, deleteSelection, copy, paste, visibleIds]);

  useRegisterActions(actions);
}

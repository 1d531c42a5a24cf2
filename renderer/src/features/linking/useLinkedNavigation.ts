import { useCallback, type KeyboardEvent } from 'react';
import type { Id, Position } from '../../../../shared/model';
import { useDocumentStore, useSessionStore } from '../../store';
import { neighbourInDirection, type Direction } from './linkTargets';

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The DOM element of a map node, as React Flow renders it. */
export function nodeElement(root: ParentNode, id: Id): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/**
 * Alt+arrow on a focused map node goes to the item linked to it in that direction (left
 * towards skills, right towards credentials, up and down within a column): it is selected,
 * brought into view and focused, so a keyboard or screen-reader user can follow the links.
 * Plain arrows keep React Flow's meaning (they nudge the selected node).
 */
export function useLinkedNavigation(positionOf: (id: Id) => Position | undefined): (e: KeyboardEvent<HTMLElement>) => void {
  const store = useDocumentStore();
  const session = useSessionStore();
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const direction = DIRECTIONS[e.key];
      if (!direction || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const node = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      const id = node?.dataset.id;
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      const next = neighbourInDirection(store.getState().doc, positionOf, id, direction);
      if (!next) return;
      session.focusOn(next);
      // The node may be rendered only once the view has moved to it.
      const root = e.currentTarget;
      const focus = (tries: number) => {
        const el = nodeElement(root, next);
        if (el) el.focus();
        else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
      };
      focus(30);
    },
    [store, session, positionOf],
  );
}

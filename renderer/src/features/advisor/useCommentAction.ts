import { useMemo } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { useSessionStore } from '../../store';
import { useCommentFocus } from './hooks';

/**
 * "Add comment" (Ctrl/Cmd+Alt+M, and the command palette): puts the cursor in the comment
 * box of the one selected item; the inspector shows it.
 */
export function useCommentAction(): void {
  const session = useSessionStore();
  const focus = useCommentFocus();
  const handlers = useMemo(
    (): ActionHandlers => ({
      'comment.add': {
        enabled: () => session.getState().selection.length === 1,
        run: () => {
          const [id] = session.getState().selection;
          if (id) focus.request(id, { compose: true });
        },
      },
    }),
    [session, focus],
  );
  useActionHandlers(handlers);
}

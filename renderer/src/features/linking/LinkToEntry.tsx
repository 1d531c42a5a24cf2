import { useMemo, useState } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { useDocumentStore, useSessionStore } from '../../store';
import { LinkToDialog } from './LinkToDialog';

/**
 * Registers Map ▸ Link to… (`link.to`; the palette finds it by "link" or "connect") for the
 * one selected item, and shows the dialog. Mount once inside the open map's workspace.
 */
export function LinkToEntry() {
  const store = useDocumentStore();
  const session = useSessionStore();
  const [source, setSource] = useState<string>();
  const handlers = useMemo((): ActionHandlers => {
    const selectedEntity = () => {
      const selection = session.getState().selection;
      return selection.length === 1 && store.getState().doc.entities[selection[0]!] ? selection[0] : undefined;
    };
    return { 'link.to': { enabled: () => selectedEntity() !== undefined, run: () => setSource(selectedEntity()) } };
  }, [store, session]);
  useActionHandlers(handlers);
  return source ? <LinkToDialog source={source} onClose={() => setSource(undefined)} /> : null;
}

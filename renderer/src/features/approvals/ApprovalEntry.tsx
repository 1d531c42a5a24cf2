import { useMemo } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { useDocumentStore, useSessionStore } from '../../store';
import { RecordStepDialog } from './RecordStepDialog';
import { useStepDialog, useStepDialogCredential } from './stepDialog';

/** The one selected credential, if exactly one credential is selected. */
function selectedCredential(selection: readonly string[], kindOf: (id: string) => string | undefined): string | undefined {
  const [only] = selection;
  return selection.length === 1 && only && kindOf(only) === 'credential' ? only : undefined;
}

/**
 * Registers "Record Approval Step…" (`approval.record`, palette; enabled when one credential
 * is selected) and shows the Record Step dialog however it was opened. Mount once in the workspace.
 */
export function ApprovalEntry() {
  const store = useDocumentStore();
  const session = useSessionStore();
  const dialog = useStepDialog();
  const credential = useStepDialogCredential(dialog);
  const handlers = useMemo((): ActionHandlers => {
    const current = () => selectedCredential(session.getState().selection, (id) => store.getState().doc.entities[id]?.kind);
    return {
      'approval.record': {
        enabled: () => current() !== undefined,
        run: () => {
          const id = current();
          if (id) dialog.open(id);
        },
      },
    };
  }, [store, session, dialog]);
  useActionHandlers(handlers);
  return credential ? <RecordStepDialog credential={credential} onClose={() => dialog.close()} /> : null;
}

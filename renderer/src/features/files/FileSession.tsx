import { useEffect, useState, type ReactNode } from 'react';
import type { LoadProblem } from '../../../../shared/format';
import type { DocumentSource, StudioApi } from '../../../../shared/ipc';
import { DocumentStore, DocumentStoreContext, SessionStore, SessionStoreContext } from '../../store';
import { LoadProblems } from './LoadProblems';
import { makeReplicaId } from './randomIds';

/** Stamps edits made before the user has said who they are; replaced by setAuthor later. */
const PROVISIONAL_AUTHOR = 'pe_unknown';

type SessionState =
  | { status: 'loading' }
  | { status: 'open'; store: DocumentStore; session: SessionStore; source: DocumentSource }
  | { status: 'problems'; path: string; problems: LoadProblem[] }
  | { status: 'host-error'; message: string };

export interface FileSessionProps {
  /** Finds the host (Electron or browser); passed in so the session does not know which one. */
  connect: () => StudioApi;
  children: ReactNode;
}

/**
 * Owns the open document for one window: opens it through StudioApi, creates the document
 * and session stores, and provides them to everything below. The workspace inside never
 * talks to the host about files; it only edits the store.
 */
export function FileSession({ connect, children }: FileSessionProps) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    const open = async () => connect().openInitialDocument();
    open().then(
      (result) => {
        if (!current) return;
        if (!result.ok) return setState({ status: 'problems', path: result.path, problems: result.problems });
        const store = new DocumentStore(result.doc, PROVISIONAL_AUTHOR, makeReplicaId());
        setState({ status: 'open', store, session: new SessionStore(), source: result.source });
      },
      (error: unknown) => current && setState({ status: 'host-error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [connect]);

  switch (state.status) {
    case 'loading':
      return <p className="muted" role="status">Opening…</p>;
    case 'host-error':
      return (
        <section className="panel panel-error" role="alert">
          <h1>Micro-Credential Studio could not start</h1>
          <p>{state.message}</p>
        </section>
      );
    case 'problems':
      return <LoadProblems path={state.path} problems={state.problems} />;
    case 'open':
      return (
        <DocumentStoreContext.Provider value={state.store}>
          <SessionStoreContext.Provider value={state.session}>{children}</SessionStoreContext.Provider>
        </DocumentStoreContext.Provider>
      );
  }
}

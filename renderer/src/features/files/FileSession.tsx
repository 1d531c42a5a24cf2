import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { StudioApi } from '../../../../shared/ipc';
import { useActionCoverageCheck } from '../../app/useActions';
import { DocumentStoreContext, SessionStoreContext } from '../../store';
import { CollaborationContext } from '../collaboration';
import { IdentityPrompt } from '../identity/IdentityPrompt';
import { FileBanners, FileNotice } from './FileBanners';
import { FileBar } from './FileBar';
import { FileControllerContext } from './FileControllerContext';
import { FileController } from './fileController';
import { FileDialogs } from './FileDialogs';
import { LoadProblems } from './LoadProblems';
import { messageOf } from './messages';
import { useFileActions, useWindowFileEvents } from './useFileActions';
import './files.css';

export interface FileSessionProps {
  /** Finds the host (Electron or browser); passed in so the session does not know which one. */
  connect: () => StudioApi;
  children: ReactNode;
}

/**
 * Owns the open map of one window: opens it through StudioApi, creates the document and
 * session stores and provides them to the workspace (children), and around it shows the
 * file chrome — the browser's file bar, the identity prompt, read-only and recovery
 * banners, the file dialogs and notices. The workspace never talks to the host about files.
 */
export function FileSession({ connect, children }: FileSessionProps) {
  const [connection] = useState((): { controller: FileController; error?: undefined } | { controller?: undefined; error: string } => {
    try {
      return {
        controller: new FileController(connect(), (title) => {
          document.title = title;
        }),
      };
    } catch (error) {
      return { error: messageOf(error) };
    }
  });
  if (!connection.controller) return <StartupError message={connection.error} />;
  return <Session controller={connection.controller}>{children}</Session>;
}

function Session({ controller, children }: { controller: FileController; children: ReactNode }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  useEffect(() => {
    void controller.start();
    return () => controller.dispose();
  }, [controller]);
  useFileActions(controller);
  useWindowFileEvents(controller, state.host?.kind === 'browser');
  // Last of the effects of a commit that mounts a workspace, so every handler is bound by then.
  useActionCoverageCheck(state.status === 'open' ? state.map?.key : undefined);

  const chrome = (body: ReactNode) => (
    <FileControllerContext.Provider value={controller}>
      <CollaborationContext.Provider value={controller.collab}>
      {state.host?.kind === 'browser' && <FileBar />}
      {state.identity === null && !state.identityDeferred && (
        <IdentityPrompt onSave={(name, organisation, country) => controller.saveIdentity(name, organisation, country)} onLater={() => controller.deferIdentity()} />
      )}
      <FileBanners />
      {body}
      <FileDialogs />
      <FileNotice />
      </CollaborationContext.Provider>
    </FileControllerContext.Provider>
  );

  switch (state.status) {
    case 'loading':
      return chrome(
        <p className="muted fs-loading" role="status">
          Opening…
        </p>,
      );
    case 'host-error':
      return <StartupError message={state.error ?? 'The host did not answer.'} />;
    case 'problems':
      return chrome(state.problems && <LoadProblems path={state.problems.path} problems={state.problems.problems} more={state.problems.more} />);
    case 'open': {
      const map = state.map;
      if (!map) return null;
      return (
        <DocumentStoreContext.Provider key={map.key} value={map.store}>
          <SessionStoreContext.Provider value={map.session}>{chrome(children)}</SessionStoreContext.Provider>
        </DocumentStoreContext.Provider>
      );
    }
  }
}

function StartupError({ message }: { message: string }) {
  return (
    <section className="panel panel-error" role="alert">
      <h1>Micro-Credential Studio could not start</h1>
      <p>{message}</p>
    </section>
  );
}

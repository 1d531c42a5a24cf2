import { useEffect, useState } from 'react';
import type { OpenResult, StudioApi } from '../../../shared/ipc';
import { LoadProblems } from '../features/files/LoadProblems';
import { MapOverview } from '../features/overview/MapOverview';

type AppState =
  | { status: 'loading' }
  | { status: 'opened'; result: OpenResult }
  | { status: 'host-error'; message: string };

export interface AppProps {
  /** Finds the host (Electron or browser); passed in so the shell does not know which one. */
  connect: () => StudioApi;
}

/** The shell: opens the initial document and shows it, or says clearly why it could not. */
export function App({ connect }: AppProps) {
  const [state, setState] = useState<AppState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    const open = async () => connect().openInitialDocument();
    open().then(
      (result) => current && setState({ status: 'opened', result }),
      (error: unknown) =>
        current && setState({ status: 'host-error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [connect]);

  useEffect(() => {
    const title = state.status === 'opened' && state.result.ok ? state.result.doc.settings.title : null;
    document.title = title ? `${title} — Micro-Credential Studio` : 'Micro-Credential Studio';
  }, [state]);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Micro-Credential Studio</span>
      </header>
      <main className="app-main">{renderBody(state)}</main>
    </div>
  );
}

function renderBody(state: AppState) {
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
    case 'opened':
      return state.result.ok ? (
        <MapOverview doc={state.result.doc} source={state.result.source} />
      ) : (
        <LoadProblems path={state.result.path} problems={state.result.problems} />
      );
  }
}

import { HTTP_TRANSPORT, type HostEvent, type StudioApi, type StudioCalls, type StudioMethod } from '../../../shared/ipc';

type Result<M extends StudioMethod> = Awaited<ReturnType<StudioCalls[M]>>;

/** The browser host's StudioApi, when this page was served by it (it writes the token in). */
export function browserStudio(): StudioApi | null {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${HTTP_TRANSPORT.tokenMeta}"]`)?.content;
  return token ? createHttpStudio(token) : null;
}

/** A refusal or failure of the host, with the host's message (never a stack). */
export class HostError extends Error {}

/**
 * StudioApi over HTTP to the local browser host (electron/host), as HTTP_TRANSPORT
 * describes. Results are not re-validated here: they come from our own host on the same
 * origin, which builds them from validated documents.
 */
function createHttpStudio(token: string): StudioApi {
  async function call<M extends StudioMethod>(method: M, args: Parameters<StudioCalls[M]>, signal?: AbortSignal): Promise<Result<M>> {
    let response: Response;
    try {
      response = await fetch(`${HTTP_TRANSPORT.apiPrefix}${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [HTTP_TRANSPORT.tokenHeader]: token },
        body: JSON.stringify(args),
        // The host's session cookie (HttpOnly) must go with every call.
        credentials: 'same-origin',
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new HostError('Micro-Credential Studio is not running any more (the browser host was stopped). Start it again with "npm run start:browser".');
    }
    if (!response.ok) {
      const body = await response.text();
      let message = body;
      try {
        const parsed: unknown = JSON.parse(body);
        if (parsed && typeof parsed === 'object' && 'error' in parsed && typeof parsed.error === 'string') message = parsed.error;
      } catch {
        /* not JSON: show the text as it is */
      }
      throw new HostError(`The Studio host refused ${method} (${response.status}): ${message}`);
    }
    return (await response.json()) as Result<M>;
  }

  const listeners = new Set<(event: HostEvent) => void>();
  let polling: AbortController | null = null;

  /**
   * One long-poll at a time while anyone listens. Each request waits on the host until
   * there is news, so an idle page makes one request every 25 s; after a failure (host
   * stopped) it backs off rather than spinning.
   */
  async function pollLoop(controller: AbortController): Promise<void> {
    let cursor = 0;
    let failures = 0;
    while (!controller.signal.aborted) {
      try {
        const batch = await call('pollEvents', [{ after: cursor }], controller.signal);
        cursor = batch.cursor;
        failures = 0;
        for (const event of batch.events) for (const l of listeners) l(event);
      } catch {
        if (controller.signal.aborted) return;
        failures++;
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5))));
      }
    }
  }

  const calls: StudioCalls = {
    getHostInfo: () => call('getHostInfo', []),
    openInitialDocument: () => call('openInitialDocument', []),
    newDocument: (r) => call('newDocument', [r]),
    openDocument: (r) => call('openDocument', [r]),
    openRecent: (r) => call('openRecent', [r]),
    saveDocument: (r) => call('saveDocument', [r]),
    saveDocumentAs: (r) => call('saveDocumentAs', [r]),
    listFolder: (r) => call('listFolder', [r]),
    autosave: (r) => call('autosave', [r]),
    listRecoverable: (r) => call('listRecoverable', [r]),
    restoreRecovery: (r) => call('restoreRecovery', [r]),
    discardRecovery: (r) => call('discardRecovery', [r]),
    getIdentity: () => call('getIdentity', []),
    setIdentity: (i) => call('setIdentity', [i]),
    getInstitution: () => call('getInstitution', []),
    setInstitution: (i) => call('setInstitution', [i]),
    getPreferences: () => call('getPreferences', []),
    setPreferences: (p) => call('setPreferences', [p]),
    listRecentFiles: () => call('listRecentFiles', []),
    setWindowState: (s) => call('setWindowState', [s]),
    finishClose: (r) => call('finishClose', [r]),
    openExternal: (r) => call('openExternal', [r]),
    exportDocument: (r) => call('exportDocument', [r]),
    showInFolder: (r) => call('showInFolder', [r]),
    pollEvents: (r) => call('pollEvents', [r]),
    watchDocument: (r) => call('watchDocument', [r]),
    checkDocument: (r) => call('checkDocument', [r]),
    readDocumentCopy: (r) => call('readDocumentCopy', [r]),
  };

  return {
    ...calls,
    onHostEvent(listener) {
      listeners.add(listener);
      if (!polling) {
        polling = new AbortController();
        void pollLoop(polling);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && polling) {
          polling.abort();
          polling = null;
        }
      };
    },
    // A browser never reveals where a dropped file lives; the page offers File ▸ Open instead.
    pathForFile: () => null,
  } satisfies StudioApi;
}

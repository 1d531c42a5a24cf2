import { HTTP_TRANSPORT, type StudioApi, type StudioMethod } from '../../../shared/ipc';

type Result<M extends StudioMethod> = Awaited<ReturnType<StudioApi[M]>>;

/** The browser host's StudioApi, when this page was served by it (it writes the token in). */
export function browserStudio(): StudioApi | null {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${HTTP_TRANSPORT.tokenMeta}"]`)?.content;
  return token ? createHttpStudio(token) : null;
}

/**
 * StudioApi over HTTP to the local browser host (electron/host), as HTTP_TRANSPORT
 * describes. Results are not re-validated here: they come from our own host on the same
 * origin, which builds them from validated documents.
 */
function createHttpStudio(token: string): StudioApi {
  async function call<M extends StudioMethod>(method: M, args: Parameters<StudioApi[M]>): Promise<Result<M>> {
    const response = await fetch(`${HTTP_TRANSPORT.apiPrefix}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [HTTP_TRANSPORT.tokenHeader]: token },
      body: JSON.stringify(args),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok) {
      throw new Error(`The Studio host refused ${method} (${response.status}): ${await response.text()}`);
    }
    return (await response.json()) as Result<M>;
  }

  return {
    openInitialDocument: () => call('openInitialDocument', []),
  } satisfies StudioApi;
}

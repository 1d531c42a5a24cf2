import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { SECURITY_HEADERS } from '../host/securityHeaders';
import { APP_HOST, APP_SCHEME } from './senderCheck';

export { APP_HOST, APP_INDEX_URL, APP_SCHEME, isAppUrl } from './senderCheck';

/** Must run before the app is ready: privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder under app://studio/, refusing anything outside it. */
export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = fileFor(root, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const upstream = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(upstream.headers);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
      return new Response(upstream.body, { status: upstream.status, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function fileFor(root: string, url: string): string | null {
  try {
    const u = new URL(url);
    if (u.host !== APP_HOST) return null;
    const pathname = decodeURIComponent(u.pathname);
    const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    return file.startsWith(root + sep) ? file : null;
  } catch {
    return null;
  }
}

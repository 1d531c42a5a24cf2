import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callStudioMethod, HTTP_TRANSPORT, type StudioCalls } from '../../shared/ipc';
import { HostAuth, LAUNCH_PARAM, sameSecret } from './hostAuth';
import { SECURITY_HEADERS } from './securityHeaders';
import { injectToken, readStaticFile } from './staticFiles';

/** Room for a large map once saving goes over this API (a 10k-entity map is about 10 MB). */
const MAX_BODY_BYTES = 80 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

/** What a browser without the session sees: how to get in, in words. */
export const NO_SESSION_MESSAGE =
  'This browser has not been let in. Open Micro-Credential Studio with the link the host printed in its terminal (each link works once); press Enter in that terminal for a new link.';

export interface StudioServerOptions {
  /** The built renderer, normally out/renderer. */
  rendererDir: string;
  api: StudioCalls;
  /** 0 picks a free port. */
  port: number;
}

export interface StudioServer {
  /** The page's address, e.g. http://127.0.0.1:41234/ (answers only browsers with the session cookie). */
  url: string;
  port: number;
  /** A new one-time link that lets one browser in: the page's address with a launch secret. */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A local host for the renderer in an ordinary browser. It listens on loopback only and
 * trusts nothing else on the machine (see HostAuth): every request must name our exact host
 * (so a DNS-rebound page gets nothing) and carry the session cookie that only a one-time
 * launch link hands out; API calls must also come from our own origin and carry the
 * per-run token written into the served page.
 */
export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  let origin = '';
  /** Made once the port is known (the cookie is named after it). */
  const started: { auth?: HostAuth } = {};

  const server = createServer((req, res) => {
    const api = (req.url ?? '').startsWith(HTTP_TRANSPORT.apiPrefix);
    handle(req, res).catch((error: unknown) => {
      const refusal = error instanceof HttpRefusal ? error : null;
      // One line for the terminal: a stack trace helps nobody who runs the host, and never reaches the page.
      if (!refusal) console.error(`Studio host: unexpected error on ${req.method ?? '?'} request (${error instanceof Error ? error.message : String(error)})`);
      const status = refusal?.status ?? 500;
      const message = refusal?.message ?? 'Internal error';
      if (api) send(res, status, 'application/json', JSON.stringify({ error: message }));
      else send(res, status, 'text/plain; charset=utf-8', `${message}\n`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const auth = started.auth;
    if (!auth) throw new HttpRefusal(503, 'Starting');
    if (req.headers.host !== new URL(origin).host) throw new HttpRefusal(403, 'Unexpected Host header');
    const target = parseTarget(req.url);
    if (!target) throw new HttpRefusal(400, 'Bad request path');
    const launch = target.searchParams.get(LAUNCH_PARAM);
    if (launch !== null) return handleLaunch(req, res, auth, launch);
    if (!auth.hasSession(req.headers.cookie)) throw new HttpRefusal(403, NO_SESSION_MESSAGE);
    const path = target.pathname;
    if (path.startsWith(HTTP_TRANSPORT.apiPrefix)) return handleApi(req, res, auth, path.slice(HTTP_TRANSPORT.apiPrefix.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpRefusal(405, 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) throw new HttpRefusal(404, 'Not found');
    const body = file.isIndex ? Buffer.from(injectToken(file.body.toString('utf8'), HTTP_TRANSPORT.tokenMeta, auth.apiToken)) : file.body;
    send(res, 200, file.contentType, req.method === 'HEAD' ? '' : body, file.isIndex ? 'no-store' : 'no-cache');
  }

  /**
   * A one-time link: its secret buys this browser the session cookie, and the browser is sent
   * on to the plain page (always `/`, never a path from the request, so this is no open
   * redirect). A spent link still works for a browser that already has the session (a reload).
   */
  function handleLaunch(req: IncomingMessage, res: ServerResponse, auth: HostAuth, launch: string): void {
    if (req.method !== 'GET') throw new HttpRefusal(405, 'Method not allowed');
    const headers: Record<string, string> = { Location: '/' };
    if (auth.redeem(launch)) headers['Set-Cookie'] = auth.sessionCookie();
    else if (!auth.hasSession(req.headers.cookie)) throw new HttpRefusal(403, `This link was already used. ${NO_SESSION_MESSAGE}`);
    send(res, 303, 'text/plain; charset=utf-8', '', 'no-store', headers);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, auth: HostAuth, method: string): Promise<void> {
    if (req.headers.origin !== origin) throw new HttpRefusal(403, 'Cross-origin request refused');
    if (!sameSecret(req.headers[HTTP_TRANSPORT.tokenHeader], auth.apiToken)) throw new HttpRefusal(403, 'Missing or wrong token');
    if (req.method !== 'POST') throw new HttpRefusal(405, 'Use POST');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpRefusal(415, 'Send JSON');
    let args: unknown;
    try {
      args = JSON.parse(await readBody(req));
    } catch (error) {
      if (error instanceof HttpRefusal) throw error;
      throw new HttpRefusal(400, 'The request body is not valid JSON');
    }
    const call = callStudioMethod(options.api, method, args);
    if (!call.ok) throw new HttpRefusal(call.reason === 'unknown-method' ? 404 : 400, call.message);
    send(res, 200, 'application/json', JSON.stringify(await call.result), 'no-store');
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK}:${port}`;
  const ready = new HostAuth(port);
  started.auth = ready;
  return {
    url: `${origin}/`,
    port,
    newLaunchUrl: () => `${origin}/?${LAUNCH_PARAM}=${ready.newLaunchSecret()}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // An open browser tab keeps idle connections alive; without this close() would wait on them.
        server.closeAllConnections();
      }),
  };
}

/**
 * The request target as a URL, or null when it is not an ordinary path. The raw target is
 * appended to our origin rather than resolved against it: `//x/y` would otherwise be read
 * as the host `x`, and `http://elsewhere/` as another site.
 */
export function parseTarget(raw: string | undefined): URL | null {
  if (!raw?.startsWith('/')) return null;
  try {
    return new URL(`http://${LOOPBACK}${raw}`);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpRefusal(413, 'Request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-store', extra: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': cache, ...extra });
  res.end(body);
}

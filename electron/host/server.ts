import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callStudioMethod, HTTP_TRANSPORT, type StudioCalls } from '../../shared/ipc';
import { SECURITY_HEADERS } from './securityHeaders';
import { injectToken, readStaticFile } from './staticFiles';

/** Room for a large map once saving goes over this API (a 10k-entity map is about 10 MB). */
const MAX_BODY_BYTES = 80 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface StudioServerOptions {
  /** The built renderer, normally out/renderer. */
  rendererDir: string;
  api: StudioCalls;
  /** 0 picks a free port. */
  port: number;
}

export interface StudioServer {
  url: string;
  port: number;
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
 * trusts nothing else on the machine: API calls must come from its own origin and carry
 * the per-run token written into the served page, and every request must name our exact
 * host (so a DNS-rebound page cannot read the token or call the API).
 */
export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const token = randomBytes(32).toString('base64url');
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const refusal = error instanceof HttpRefusal ? error : null;
      if (!refusal) console.error('Studio host: unexpected error', error);
      send(res, refusal?.status ?? 500, 'application/json', JSON.stringify({ error: refusal?.message ?? 'Internal error' }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host) throw new HttpRefusal(403, 'Unexpected Host header');
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path.startsWith(HTTP_TRANSPORT.apiPrefix)) return handleApi(req, res, path.slice(HTTP_TRANSPORT.apiPrefix.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpRefusal(405, 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) throw new HttpRefusal(404, 'Not found');
    const body = file.isIndex ? Buffer.from(injectToken(file.body.toString('utf8'), HTTP_TRANSPORT.tokenMeta, token)) : file.body;
    send(res, 200, file.contentType, req.method === 'HEAD' ? '' : body, file.isIndex ? 'no-store' : 'no-cache');
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.headers.origin !== origin) throw new HttpRefusal(403, 'Cross-origin request refused');
    if (!tokenMatches(req.headers[HTTP_TRANSPORT.tokenHeader], token)) throw new HttpRefusal(403, 'Missing or wrong token');
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
  return {
    url: `${origin}/`,
    port,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // An open browser tab keeps idle connections alive; without this close() would wait on them.
        server.closeAllConnections();
      }),
  };
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
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

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, cache = 'no-store'): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': cache });
  res.end(body);
}

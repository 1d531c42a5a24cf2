import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_SESSION_MESSAGE, parseTarget, startStudioServer, type StudioServer } from '../../../electron/host/server';
import { HTTP_TRANSPORT, type StudioCalls } from '../../../shared/ipc';
import { rawRequest, type RawAnswer } from '../../helpers/rawHttp';
import { makeTempDir } from '../cli/support/runCli';

/**
 * The browser host's HTTP guards, each on its own: requests are sent raw (paths exactly as
 * written) with everything right but the one thing under test, so removing any one guard
 * turns a test red (scripts/security-mutations.mjs checks exactly that).
 */
const SECRET = 'top secret contents of a file outside the build';
const HOST_INFO = { kind: 'browser', platform: 'linux', multiWindow: false, nativeDialogs: false } as const;

let dir: string;
let cleanup: () => void;
let server: StudioServer;
let origin: string;

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir('mcred-server-'));
  const rendererDir = join(dir, 'out', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Studio</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  // Files that exist beside and above the build: what a traversal would reach.
  writeFileSync(join(dir, 'out', 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  const api = { getHostInfo: async () => HOST_INFO } as unknown as StudioCalls;
  server = await startStudioServer({ rendererDir, api, port: 0 });
  origin = new URL(server.url).origin;
});
afterEach(async () => {
  await server.close();
  cleanup();
});

/** Lets a client in through a fresh one-time link; answers its Cookie header. */
async function letIn(): Promise<string> {
  const link = new URL(server.newLaunchUrl());
  const res = await rawRequest(origin, `${link.pathname}${link.search}`);
  expect(res.status).toBe(303);
  const setCookie = String(res.headers['set-cookie'] ?? '');
  return setCookie.split(';')[0] ?? '';
}

async function tokenOf(cookie: string): Promise<string> {
  const page = await rawRequest(origin, '/', { headers: { Cookie: cookie } });
  return /name="studio-token" content="([^"]+)"/.exec(page.body)?.[1] ?? '';
}

async function callApi(headers: Record<string, string>, method = 'getHostInfo'): Promise<RawAnswer> {
  return rawRequest(origin, `${HTTP_TRANSPORT.apiPrefix}${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '[]' });
}

describe('the browser host: who gets in', () => {
  it('a one-time link sets an HttpOnly, SameSite=Strict session cookie and sends the browser to the plain page', async () => {
    const link = new URL(server.newLaunchUrl());
    const res = await rawRequest(origin, `${link.pathname}${link.search}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^studio-session-\d+=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('a spent link lets nobody new in, and a made-up one neither', async () => {
    const link = new URL(server.newLaunchUrl());
    const path = `${link.pathname}${link.search}`;
    expect((await rawRequest(origin, path)).status).toBe(303);
    const again = await rawRequest(origin, path);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('already used');
    expect((await rawRequest(origin, '/?launch=guess')).status).toBe(403);
  });

  it('without the session cookie neither the page nor any file nor the API answers', async () => {
    const cookie = await letIn();
    const token = await tokenOf(cookie);
    expect(token).not.toBe('');
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const res = await rawRequest(origin, path);
      expect(res.status, path).toBe(403);
      expect(res.body, path).toBe(`${NO_SESSION_MESSAGE}\n`);
    }
    expect((await callApi({ Origin: origin, [HTTP_TRANSPORT.tokenHeader]: token })).status).toBe(403);
    expect((await callApi({ Origin: origin, [HTTP_TRANSPORT.tokenHeader]: token, Cookie: 'studio-session-1=x' })).status).toBe(403);
  });

  it('with cookie, token and our origin the API answers; the real token from another origin does not', async () => {
    const cookie = await letIn();
    const token = await tokenOf(cookie);
    const good = { Cookie: cookie, [HTTP_TRANSPORT.tokenHeader]: token };
    const ok = await callApi({ ...good, Origin: origin });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual(HOST_INFO);
    for (const other of ['http://evil.example', 'http://127.0.0.1:1', 'null']) expect((await callApi({ ...good, Origin: other })).status, other).toBe(403);
    expect((await callApi(good)).status).toBe(403);
  });

  it('the API wants the token as well as the cookie', async () => {
    const cookie = await letIn();
    const res = await callApi({ Cookie: cookie, Origin: origin, [HTTP_TRANSPORT.tokenHeader]: 'wrong' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toBe('Missing or wrong token');
  });

  it('a request naming another host is refused even with the session (DNS rebinding)', async () => {
    const cookie = await letIn();
    const res = await rawRequest(origin, '/', { headers: { Cookie: cookie, Host: 'attacker.example' } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('studio-token');
  });

  it('every answer, refusals included, carries the strict Content Security Policy', async () => {
    const cookie = await letIn();
    for (const [path, headers] of [['/', { Cookie: cookie }], ['/', {}], ['/nothing-here', { Cookie: cookie }]] as const) {
      const res = await rawRequest(origin, path, { headers });
      expect(res.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});

describe('the browser host: paths', () => {
  it('serves the build', async () => {
    const cookie = await letIn();
    const res = await rawRequest(origin, '/assets/app.js', { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('raw paths that would reach a file outside the build get 400 or 404, never its contents or a stack', async () => {
    const cookie = await letIn();
    const errors = vi.spyOn(console, 'error');
    const paths = ['/../secret.txt', '/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%2f..%2fsecret.txt', '//..%2f..%2fsecret.txt', '//../secret.txt', '/assets/../../secret.txt', '/%2e%2e%2f%2e%2e%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%00/../secret.txt'];
    for (const path of paths) {
      const res = await rawRequest(origin, path, { headers: { Cookie: cookie } });
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain(SECRET);
      expect(res.body, path).not.toMatch(/\bat .+:\d+:\d+/);
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('a request target that is not a path is a 400, not a crash', async () => {
    const cookie = await letIn();
    for (const path of ['*', 'http://127.0.0.1/', '//[bad']) {
      const res = await rawRequest(origin, path, { headers: { Cookie: cookie } });
      expect([400, 404], path).toContain(res.status);
    }
    expect(parseTarget('//..%2f..%2fpackage.json')?.pathname).toBe('//..%2f..%2fpackage.json');
    expect(parseTarget('http://elsewhere/')).toBeNull();
  });
});

import { expect, test, type Page } from '@playwright/test';
import { HTTP_TRANSPORT } from '../../shared/ipc';
import { useHostPerTest, type RunningHost } from './support/browserHost';
import { rawRequest, sessionCookieOf } from './support/rawRequest';

/**
 * Who may drive the browser host. Another account on the same machine can reach the
 * loopback port, so it must get neither the page (with its token) nor the API: only the
 * browser that opened the one-time launch link holds the session cookie.
 */
const session = useHostPerTest();
let host: RunningHost;

test.beforeEach(async () => {
  host = await session.start(['--data-dir', await session.folder.dataDir()]);
});

const openPath = `${HTTP_TRANSPORT.apiPrefix}openInitialDocument`;

/** Opens the page through the one-time link; answers what another client would need to call the API. */
async function letIn(page: Page): Promise<{ token: string; cookie: string }> {
  await page.goto(host.url);
  const token = (await page.locator(`meta[name="${HTTP_TRANSPORT.tokenMeta}"]`).getAttribute('content')) ?? '';
  expect(token).not.toBe('');
  return { token, cookie: await sessionCookieOf(page) };
}

test('the page itself may call the API: it has the token and the session cookie', async ({ page }) => {
  const { token } = await letIn(page);
  expect(page.url()).toBe(`${host.origin}/`);
  const status = await page.evaluate(async ([path, header, token]) => {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: '[]' });
    return res.status;
  }, [openPath, HTTP_TRANSPORT.tokenHeader, token] as const);
  expect(status).toBe(200);
});

test('the session cookie is HttpOnly and SameSite=Strict, and the launch link works only once', async ({ page, browser }) => {
  await letIn(page);
  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate('document.cookie')).toBe('');
  // The same context may come back by the spent link (a reload of history)…
  await page.goto(host.url);
  await expect(page.locator(`meta[name="${HTTP_TRANSPORT.tokenMeta}"]`)).toHaveCount(1);
  // …but another browser (another user who saw the link) may not.
  const other = await browser.newContext();
  const res = await (await other.newPage()).goto(host.url);
  expect(res?.status()).toBe(403);
  expect(await res?.text()).toContain('already used');
  await other.close();
});

test('another local user without the session gets neither the page nor its token', async ({ page }) => {
  const { token } = await letIn(page);
  for (const path of ['/', '/index.html']) {
    const res = await rawRequest(host.origin, path);
    expect(res.status, path).toBe(403);
    expect(res.body, path).not.toContain(token);
    expect(res.body, path).toContain('the link the host printed');
  }
  // Even with the token (say it leaked), the API wants the cookie too.
  const api = await rawRequest(host.origin, openPath, { method: 'POST', headers: { Origin: host.origin, 'Content-Type': 'application/json', [HTTP_TRANSPORT.tokenHeader]: token }, body: '[]' });
  expect(api.status).toBe(403);
});

test('an API call without the token is refused with 403, even from the page origin', async ({ page }) => {
  await letIn(page);
  const status = await page.evaluate(async (path) => {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' });
    return res.status;
  }, openPath);
  expect(status).toBe(403);
});

test('the real token and cookie from another origin are refused with 403', async ({ page }) => {
  const { token, cookie } = await letIn(page);
  const headers = { 'Content-Type': 'application/json', Cookie: cookie, [HTTP_TRANSPORT.tokenHeader]: token };
  const right = await rawRequest(host.origin, openPath, { method: 'POST', headers: { ...headers, Origin: host.origin }, body: '[]' });
  expect(right.status).toBe(200);
  for (const origin of ['http://evil.example', 'http://127.0.0.1:1', 'null']) {
    const res = await rawRequest(host.origin, openPath, { method: 'POST', headers: { ...headers, Origin: origin }, body: '[]' });
    expect(res.status, origin).toBe(403);
  }
  const noOrigin = await rawRequest(host.origin, openPath, { method: 'POST', headers, body: '[]' });
  expect(noOrigin.status).toBe(403);
});

test('a request naming another host (DNS rebinding) is refused even with the session, so the token cannot leak', async ({ page }) => {
  const { token, cookie } = await letIn(page);
  const res = await rawRequest(host.origin, '/', { headers: { Host: 'attacker.example', Cookie: cookie } });
  expect(res.status).toBe(403);
  expect(res.body).not.toContain(token);
});

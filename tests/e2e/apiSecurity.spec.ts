import { expect, test } from '@playwright/test';
import { HTTP_TRANSPORT } from '../../shared/ipc';
import { startBrowserHost, type RunningHost } from './support/browserHost';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startBrowserHost();
});

test.afterAll(async () => {
  await host.stop();
});

const openPath = `${HTTP_TRANSPORT.apiPrefix}openInitialDocument`;

test('the page itself may call the API: it has the token', async ({ page }) => {
  await page.goto(host.url);
  const token = (await page.locator(`meta[name="${HTTP_TRANSPORT.tokenMeta}"]`).getAttribute('content')) ?? '';
  expect(token).not.toBe('');
  const status = await page.evaluate(
    async ([path, header, value]) => {
      const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: value }, body: '[]' });
      return res.status;
    },
    [openPath, HTTP_TRANSPORT.tokenHeader, token] as const,
  );
  expect(status).toBe(200);
});

test('an API call without the token is refused with 403, even from the page origin', async ({ page }) => {
  await page.goto(host.url);
  const status = await page.evaluate(async (path) => {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' });
    return res.status;
  }, openPath);
  expect(status).toBe(403);
});

test('an API call from another origin is refused with 403, whatever the token', async ({ request }) => {
  const res = await request.post(new URL(openPath, host.url).toString(), {
    headers: { Origin: 'http://evil.example', [HTTP_TRANSPORT.tokenHeader]: 'guess' },
    data: [],
  });
  expect(res.status()).toBe(403);
});

test('a request naming another host (DNS rebinding) is refused, so the token cannot leak', async ({ request }) => {
  const res = await request.get(host.url, { headers: { Host: 'attacker.example' } });
  expect(res.status()).toBe(403);
});

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { HTTP_TRANSPORT } from '../../shared/ipc';
import { createSampleDocument } from '../../shared/sample';
import { useHostPerTest, type RunningHost } from './support/browserHost';
import { rawRequest, sessionCookieOf } from './support/rawRequest';

/**
 * The browser host treats the page as untrusted input: every payload is validated against
 * the contract's schemas (documents included), the page can only save over files it
 * opened, and every answer carries the strict CSP.
 */
const session = useHostPerTest();
let host: RunningHost;
let mapPath: string;

test.beforeEach(async () => {
  const { folder } = session;
  mapPath = await folder.write('map.mcred', serialiseDocument(createSampleDocument()));
  await folder.write('other.mcred', serialiseDocument(createSampleDocument()));
  host = await session.start([mapPath, '--data-dir', await folder.dataDir()]);
});

/** Calls the API from the page itself, with its token: only the payload is hostile. */
async function call(page: Page, method: string, args: unknown): Promise<{ status: number; body: string }> {
  return send(page, method, JSON.stringify(args));
}

async function send(page: Page, method: string, body: string): Promise<{ status: number; body: string }> {
  const token = (await page.locator(`meta[name="${HTTP_TRANSPORT.tokenMeta}"]`).getAttribute('content')) ?? '';
  return page.evaluate(
    async ({ url, header, token, body }) => {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body });
      return { status: res.status, body: await res.text() };
    },
    { url: `${HTTP_TRANSPORT.apiPrefix}${method}`, header: HTTP_TRANSPORT.tokenHeader, token, body },
  );
}

async function fingerprint(path: string): Promise<string> {
  return `${(await stat(path)).mtimeMs} ${(await readFile(path)).toString('base64')}`;
}

test('a save with a document that breaks the schema is refused with a clear message and writes nothing', async ({ page }) => {
  await page.goto(host.url);
  const before = await fingerprint(mapPath);
  const doc = createSampleDocument();
  const bad = { ...doc, settings: { ...doc.settings, creditUnit: 'bitcoins' } };
  const res = await call(page, 'saveDocument', [{ doc: bad, path: mapPath, baseHash: 'a'.repeat(64) }]);
  expect(res.status).toBe(400);
  expect(JSON.parse(res.body).error).toMatch(/^The arguments for saveDocument are not valid \(doc\.settings\.creditUnit/);
  expect(await fingerprint(mapPath)).toBe(before);
});

test('a prototype-polluting key in a document never reaches a live object or the file', async ({ page }) => {
  await page.goto(host.url);
  const doc = JSON.parse(serialiseDocument(createSampleDocument())) as Record<string, unknown>;
  const body = JSON.stringify([{ doc, path: mapPath, baseHash: 'a'.repeat(64) }]).replace('"entities":{', '"entities":{"__proto__":{"polluted":true},');
  const res = (await send(page, 'saveDocument', body)).status;
  // The schema drops the key while validating (a record only keeps own, valid ids), so
  // whatever the host then does with the document, the key is not in it.
  expect(res).toBeLessThan(500);
  expect(await readFile(mapPath, 'utf8')).not.toContain('polluted');
  const after = await call(page, 'getIdentity', []);
  expect(after.body).not.toContain('polluted');
});

test('the page may not save over a file it did not open', async ({ page }) => {
  await page.goto(host.url);
  const other = join(session.folder.path, 'other.mcred');
  const before = await fingerprint(other);
  const res = await call(page, 'saveDocument', [{ doc: createSampleDocument(), path: other, baseHash: 'a'.repeat(64) }]);
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toMatchObject({ ok: false, code: 'not-allowed' });
  expect(await fingerprint(other)).toBe(before);
});

test('recovery ids cannot walk out of the recovery folder', async ({ page }) => {
  await page.goto(host.url);
  for (const [method, args] of [
    ['discardRecovery', [{ id: '../../map' }]],
    ['restoreRecovery', [{ id: '..', adoptAs: 'abcdefgh' }]],
    ['autosave', [{ sessionId: '../x', path: null, title: 'x', doc: createSampleDocument() }]],
  ] as const) {
    const res = await call(page, method, args);
    expect(res.status, method).toBe(400);
    expect(JSON.parse(res.body).error, method).toContain('is not a session id');
  }
});

test('host events need the token like every other call, even with the session cookie', async ({ page }) => {
  await page.goto(host.url);
  const res = await rawRequest(host.origin, `${HTTP_TRANSPORT.apiPrefix}pollEvents`, {
    method: 'POST',
    headers: { Origin: host.origin, Cookie: await sessionCookieOf(page), 'Content-Type': 'application/json' },
    body: JSON.stringify([{ after: 0 }]),
  });
  expect(res.status).toBe(403);
});

test('every answer carries the strict Content Security Policy, and raw paths to files outside the build are refused without a stack', async ({ page }) => {
  await page.goto(host.url);
  const cookie = await sessionCookieOf(page);
  const index = await rawRequest(host.origin, '/', { headers: { Cookie: cookie } });
  expect(index.status).toBe(200);
  expect(index.headers['content-security-policy']).toContain("script-src 'self'");
  expect(index.headers['content-security-policy']).toContain("connect-src 'self'");
  // The build is out/renderer, so ../../package.json is the project's own, a file that exists.
  const packageJson = await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8');
  expect(packageJson).toContain('"name": "micro-credential-studio"');
  for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '//..%2f..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fpackage.json', '/assets/../../../package.json', '/..\\..\\package.json']) {
    const res = await rawRequest(host.origin, path, { headers: { Cookie: cookie } });
    expect([400, 404], path).toContain(res.status);
    expect(res.body, path).not.toContain('micro-credential-studio');
    expect(res.body, path).not.toMatch(/\bat .+:\d+:\d+/);
    expect(res.headers['content-security-policy'], path).toContain("default-src 'self'");
  }
  expect(host.output()).not.toMatch(/\bat .+:\d+:\d+/);
});

test('the page has no Node: no require, no process', async ({ page }) => {
  await page.goto(host.url);
  expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
});

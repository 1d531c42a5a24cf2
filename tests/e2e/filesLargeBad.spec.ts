import { expect, test } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { HTTP_TRANSPORT, type OpenOutcome } from '../../shared/ipc';
import { createSampleDocument } from '../../shared/sample';
import { bigBadMapText } from '../bench/lib/badMap';
import { useHostPerTest } from './support/browserHost';

/**
 * A big map broken everywhere is checked in a worker thread: while it loads, the browser
 * host keeps answering every other request (in Electron the same code runs in the main
 * process, which would otherwise freeze every window).
 */
const session = useHostPerTest();

/** Requests that must complete while the big file is still loading; parsing in place lets through only those sent before it starts. */
const WHILE_LOADING = 50;

test('the host answers other requests while a large bad map is being checked', async ({ request }) => {
  test.setTimeout(180_000);
  const big = await session.folder.write('broken.mcred', bigBadMapText(8_000));
  const good = await session.folder.write('good.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([good, '--data-dir', await session.folder.dataDir()]);
  const page = await (await request.get(host.url)).text();
  const token = new RegExp(`name="${HTTP_TRANSPORT.tokenMeta}" content="([^"]+)"`).exec(page)?.[1] ?? '';
  expect(token).not.toBe('');
  const origin = new URL(host.url).origin;
  const call = (method: string, args: unknown[]) =>
    request.post(`${origin}${HTTP_TRANSPORT.apiPrefix}${method}`, { headers: { Origin: origin, [HTTP_TRANSPORT.tokenHeader]: token }, data: args, timeout: 170_000 });

  let loaded = false;
  const opening = call('openDocument', [{ path: big, replace: true }]).then(async (res) => {
    loaded = true;
    return (await res.json()) as OpenOutcome;
  });
  let answered = 0;
  while (!loaded && answered < WHILE_LOADING) {
    const res = await call('getHostInfo', []);
    expect(res.status()).toBe(200);
    if (!loaded) answered++;
  }
  expect(answered, 'requests answered while the big file was loading').toBe(WHILE_LOADING);

  const outcome = await opening;
  expect(outcome.status).toBe('opened');
  if (outcome.status !== 'opened' || outcome.result.ok) throw new Error('the broken map opened');
  expect(outcome.result.problems).toHaveLength(200);
  expect(outcome.result.more).toBeGreaterThan(10_000);
});

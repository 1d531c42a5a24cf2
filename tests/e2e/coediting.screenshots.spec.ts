import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { applyCommand, type CommandCall } from '../../shared/commands';
import { serialiseDocument } from '../../shared/format';
import { formatStamp, makeClock, tick, type McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { InspectorPage } from './pages/inspector';
import { makeTempFolder, startBrowserHost, type RunningHost, type TempFolder } from './support/browserHost';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

let host: RunningHost | undefined;
let folder: TempFolder | undefined;

test.afterEach(async () => {
  await host?.stop();
  await folder?.remove();
  host = folder = undefined;
});

// Rewrites the committed docs images, so only on request (as the canvas screenshots).
test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to rewrite docs/screenshots/');

/** Ana's copy of the map: her own edits to the title and a skill, stamped after the common save. */
function anasCopy(doc: McredDocument): McredDocument {
  const calls: CommandCall[] = [
    { name: 'person.upsert', payload: { person: { id: 'pe_ana', name: 'Ana Lopez', organisation: 'Acme Security', role: 'advisor' } } },
    { name: 'settings.update', payload: { changes: { title: 'Cyber Defence Micro-Credentials 2027' } } },
    { name: 'entity.update', payload: { id: 'sk_alerts', changes: { statement: 'Validate and triage network intrusion alerts' } } },
    { name: 'entity.update', payload: { id: 'sk_clouddata', changes: { description: 'Classify, store and retire cloud data under the retention policy.' } } },
  ];
  let copy = doc;
  let clock = makeClock('anacopy1');
  for (const call of calls) {
    clock = tick(clock, Date.UTC(2031, 0, 1, 9));
    const result = applyCommand(copy, call, { stamp: formatStamp(clock, 'pe_ana') });
    if (!result.ok) throw new Error(result.refusal.message);
    copy = result.doc;
  }
  return copy;
}

test('screenshot of the conflict review panel for the docs', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  folder = await makeTempFolder();
  const sample = createSampleDocument();
  const file = await folder.write('cyber.mcred', serialiseDocument(sample));
  const copy = await folder.write('cyber (Ana’s conflicted copy).mcred', serialiseDocument(anasCopy(sample)));
  host = await startBrowserHost([file, '--data-dir', join(folder.path, 'data')]);
  const inspector = new InspectorPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await inspector.open(host.url);

  await inspector.selectNothing();
  await inspector.fill('Map title', 'Cybersecurity Micro-Credentials (draft 3)');
  await inspector.select('Validate network alerts');
  await inspector.fill('Statement', 'Validate network alerts against the SOC runbook');

  await page.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'Merge Another Copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Another Copy' });
  await dialog.getByRole('textbox').fill(copy);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  const notice = page.getByTestId('file-notice');
  await expect(notice).toContainText('2 conflicts need your review');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'merge-notice.png') });
  await notice.getByRole('button', { name: 'Review 2 conflicts' }).click();
  await expect(page.getByTestId('conflict-card')).toHaveCount(2);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'conflict-panel.png') });
});

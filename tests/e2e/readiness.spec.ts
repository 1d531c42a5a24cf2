import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector';
import { ReadinessPage } from './pages/readiness';
import { useHostPerTest } from './support/browserHost';

const ROOT = join(import.meta.dirname, '..', '..');
const mcred = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, 'bin', 'mcred.js'), ...args], { cwd: ROOT });

const session = useHostPerTest();

/** A copy of the built-in example whose Cybersecurity Analyst credential has no awarding body. */
function exampleWithoutAwardingBody(): string {
  const file = join(session.folder.path, 'example.mcred');
  mcred('sample', '--out', file);
  mcred('set', file, 'mc_analyst', 'awardingBody', '', '--author', 'Dr. Maya Chen');
  return file;
}

test('fixes a finding from the panel: click selects the credential, editing the field removes the finding', async ({ page }) => {
  const host = await session.start([exampleWithoutAwardingBody()]);
  const inspector = new InspectorPage(page);
  await inspector.open(host.url);
  const readiness = new ReadinessPage(page);
  await readiness.open();

  const section = readiness.section('Cybersecurity Analyst Professional Certificate');
  await expect(section).toContainText('EU Council Recommendation 2022');
  const finding = readiness.findingsOfRule('eu-2022/awarding-body');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('does not state its awarding body');
  await expect(finding).toContainText('Name the body that issues it');

  const score = section.getByLabel(/^Readiness of /);
  const before = Number(await score.textContent());
  const node = page.getByTestId('canvas').locator('.react-flow__node').filter({ hasText: 'Cybersecurity Analyst Professional Certificate' });
  await expect(node.locator('.mc-node__badge.is-error')).toHaveText('1');
  await finding.click();
  await expect(page.getByTestId('canvas').locator('.react-flow__node.selected')).toContainText('Cybersecurity Analyst Professional Certificate');
  await expect(inspector.title).toHaveText('Cybersecurity Analyst Professional Certificate');

  await inspector.type('Awarding body', 'Northfield State University');
  await expect(readiness.findingsOfRule('eu-2022/awarding-body')).toHaveCount(0);
  await expect(node.locator('.mc-node__badge')).toHaveCount(0);
  await expect.poll(async () => Number(await score.textContent())).toBeGreaterThan(before);
  await expect(section.getByLabel(/error/).first()).toHaveAccessibleName(/^0 errors/);
});

test('filters findings by severity and keeps the counts', async ({ page }) => {
  const host = await session.start([exampleWithoutAwardingBody()]);
  await new InspectorPage(page).open(host.url);
  const readiness = new ReadinessPage(page);
  await readiness.open();
  await expect(readiness.findingsOfRule('alignment/endorsement-coverage').first()).toBeVisible();
  await readiness.filter('Notes').click();
  await expect(readiness.filter('Notes')).toHaveAttribute('aria-pressed', 'false');
  await expect(readiness.findingsOfRule('alignment/endorsement-coverage')).toHaveCount(0);
  await expect(readiness.findingsOfRule('eu-2022/awarding-body')).toHaveCount(1);
  await expect(readiness.panel.getByLabel('Overall readiness: 95 of 100')).toBeVisible();
});

import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { RevisionsPage } from './pages/revisions';
import { TESTER, useHostPerTest } from './support/browserHost';

/**
 * Named revisions and approval records through the browser host: Mark Revision…, the
 * Revisions panel and its comparison with the map, the review cycle of a credential in the
 * inspector (with undo), and an export recorded as a revision.
 */
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const CLOUD = 'Cloud Security Fundamentals';
const TRIAGE = 'Prioritise security alerts by severity, asset criticality and threat context for escalation or closure.';
const TRIAGE_NEW = 'Prioritise security alerts by severity, asset criticality and threat context, triaging 40 alerts in 90 minutes.';
const UCC = 'University Curriculum Committee';

const session = useHostPerTest();

async function openExample(page: Page): Promise<RevisionsPage> {
  const file = await session.folder.write('example.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start(['--data-dir', await session.folder.dataDir(), file]);
  const map = new RevisionsPage(page);
  await map.open(host.url);
  return map;
}

test('marks a revision, compares it with now, records review steps and an export as revisions', async ({ page }) => {
  const map = await openExample(page);

  // Mark Revision… from the palette ("revision" finds it); the panel lists it with the user's name.
  await map.markRevision('Sent to faculty review 2');
  await expect(page.getByTestId('file-notice')).toContainText('Marked revision “Sent to faculty review 2”');
  await map.openRevisions();
  await expect(map.rows.first()).toContainText('Sent to faculty review 2');
  await expect(map.row('Sent to faculty review 2')).toContainText(TESTER.name);
  await expect(map.rows).toHaveCount(2);

  // The list is walked with the arrow keys, and Escape closes the panel.
  await map.pick('Now').focus();
  await page.keyboard.press('ArrowDown');
  await expect(map.pick('Sent to faculty review 2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(map.revisions).toBeHidden();

  // Edit an outcome, then compare the revision with now: the change is listed and the node marked.
  await map.select(TRIAGE);
  await map.fill('Statement', TRIAGE_NEW);
  await map.leave('Statement');
  await map.openRevisions();
  await map.pick('Sent to faculty review 2').check();
  await map.pick('Now').check();
  await expect(map.comparison.getByRole('heading')).toHaveText('Changes from “Sent to faculty review 2” to now');
  await expect(map.changes).toHaveCount(1);
  await expect(map.changes.first()).toContainText('Changed');
  await expect(map.changes.first()).toContainText('Statement');
  await expect(map.changes.first().locator('del')).toHaveText(TRIAGE);
  await expect(map.changes.first().locator('ins')).toHaveText(TRIAGE_NEW);
  await expect(map.changedNodes).toHaveCount(1);
  await expect(map.node(TRIAGE_NEW)).toHaveCount(1);
  await expect(map.changedNodes.first()).toHaveAttribute('data-id', /^lo_/);
  if (process.env.UPDATE_SCREENSHOTS) {
    // The map gets the room the readiness panel had, and the notice is out of the way.
    await page.getByRole('button', { name: 'Readiness', exact: true }).click();
    await page.getByTestId('file-notice').getByRole('button', { name: 'Dismiss' }).click();
    await map.changes.first().getByRole('button').click();
    await expect(map.changedNodes.first()).toBeInViewport();
    await page.screenshot({ path: join(SHOTS, 'revisions-panel.png') });
  }

  // Export tracked changes… opens the export dialog preset to Word, against the older revision.
  await map.comparison.getByRole('button', { name: 'Export tracked changes…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog.getByRole('radio', { name: /Word specification/ })).toBeChecked();
  await expect(exportDialog.getByLabel('Show changes since').locator('option:checked')).toHaveText(/^Sent to faculty review 2 /);
  await exportDialog.getByRole('button', { name: 'Cancel' }).click();

  // Closing the comparison clears the marks.
  await map.comparison.getByRole('button', { name: 'Close comparison' }).click();
  await expect(map.changedNodes).toHaveCount(0);
  await map.revisions.getByRole('button', { name: 'Close revisions' }).click();
  await map.command('fit', 'Fit Map');

  // The review cycle of a credential: send for review, then approved by the committee.
  await map.select(CLOUD);
  await map.approvals.scrollIntoViewIfNeeded();
  await expect(map.approvals).toContainText('No steps recorded yet.');
  await map.recordStep('Send for review');
  await map.recordStep('Approved', { body: UCC, minute: 'UCC 2026/14' });
  await expect(map.approvalRecords).toHaveCount(2);
  await expect(map.approvalRecords.nth(0)).toContainText('Send for review');
  await expect(map.approvalRecords.nth(0)).toContainText('Draft → In review');
  await expect(map.approvalRecords.nth(1)).toContainText('In review → Approved');
  await expect(map.approvalRecords.nth(1)).toContainText(UCC);
  await expect(map.approvalRecords.nth(1)).toContainText('UCC 2026/14');
  await expect(map.approvalRecords.nth(1)).toContainText(TESTER.name);
  await expect(map.approvalRecords.nth(1)).toContainText(`Approved by ${UCC}, `);
  if (process.env.UPDATE_SCREENSHOTS) {
    await map.approvals.scrollIntoViewIfNeeded();
    await map.approvals.screenshot({ path: join(SHOTS, 'approval-inspector.png') });
  }
  await map.openRevisions();
  const pinned = map.rows.filter({ hasText: `Approved by ${UCC}, ` });
  await expect(pinned).toHaveCount(1);
  await expect(pinned.locator('.rv-approved__badge')).toHaveText('Approved');

  // Undo takes back the last step: the approval and the revision it pinned.
  await map.undo();
  await expect(map.approvalRecords).toHaveCount(1);
  await expect(pinned).toHaveCount(0);

  // An export recorded as a revision appears in the panel.
  await page.keyboard.press('ControlOrMeta+e');
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog.getByLabel('Micro-credential', { exact: true }).locator('option:checked')).toHaveText(CLOUD);
  const record = exportDialog.getByRole('checkbox', { name: 'Record this export as a revision' });
  await expect(record).toBeChecked();
  await expect(exportDialog.getByLabel('Revision name')).toHaveValue(new RegExp(`^${CLOUD} sent for review, \\d{1,2} \\w{3} \\d{4}$`));
  await exportDialog.getByLabel('Revision name').fill('Cloud spec sent to UCC');
  const out = join(session.folder.path, 'exports', 'Cloud spec.docx');
  await mkdir(join(session.folder.path, 'exports'));
  await exportDialog.getByLabel('Export to').fill(out);
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog.getByRole('status')).toContainText(`Exported to ${out}`, { timeout: 30_000 });
  expect((await stat(out)).size).toBeGreaterThan(1_000);
  await exportDialog.getByRole('button', { name: 'Done' }).click();
  await expect(map.rows.first()).toContainText('Cloud spec sent to UCC');
  await expect(map.rows.first()).toContainText(TESTER.name);
});

test('refuses a decision without its body, in words, and records nothing', async ({ page }) => {
  const map = await openExample(page);
  await map.select(CLOUD);
  await map.approvals.getByRole('button', { name: 'Record step…' }).click();
  const dialog = map.stepDialog;
  await expect(dialog.getByRole('radio')).toHaveCount(3);
  await dialog.getByRole('radio', { name: /^Changes requested/ }).check();
  await dialog.getByRole('button', { name: 'Record step' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Say which body took the decision/);
  await expect(dialog.getByLabel(/^Body/)).toBeFocused();
  await expect(dialog.getByLabel(/^Body/)).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(map.approvals).toContainText('No steps recorded yet.');

  // The palette action works on the selected credential.
  await map.command('approval', 'Record Approval Step…');
  await expect(dialog).toBeVisible();
});

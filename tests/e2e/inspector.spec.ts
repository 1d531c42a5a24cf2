import { expect, test, type Page } from '@playwright/test';
import { serialiseDocument } from '../../shared/format';
import { PROVISIONAL_AUTHOR } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { InspectorPage } from './pages/inspector';
import { useHostPerTest } from './support/browserHost';

const ANALYST = 'Cybersecurity Analyst Professional Certificate';
const CLOUD = 'Cloud Security Fundamentals';

const session = useHostPerTest();

/** A copy of the built-in example in this test's own folder, opened in the browser host. */
async function openExample(page: Page): Promise<InspectorPage> {
  const file = await session.folder.write('example.mcred', serialiseDocument(createSampleDocument()));
  const host = await session.start([file]);
  const inspector = new InspectorPage(page);
  await inspector.open(host.url);
  return inspector;
}

test('shows the selected credential grouped by the EU Annex I elements, with units', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);

  await expect(inspector.kind).toHaveText('Micro-credential');
  await expect(inspector.lastEdited).toHaveText(/^Last edited by .+ on \d{1,2} \w{3} \d{4} at \d{2}:\d{2}$/);
  for (const title of ['Mandatory elements (EU 2022 Annex I)', 'Optional elements (EU 2022 Annex I)', 'Other frameworks', 'Identity', 'Status and approvals']) {
    await expect(inspector.section(title)).toBeVisible();
  }
  await expect(inspector.field('Title')).toHaveValue(ANALYST);
  await expect(inspector.field('Notional workload')).toHaveValue('540');
  await expect(inspector.field('Notional workload')).toHaveAccessibleDescription(/hours/);
  await expect(inspector.field('Credits')).toHaveValue('12');
  await expect(inspector.section('Mandatory elements (EU 2022 Annex I)')).toContainText('12 US credit hours = 540 h at 45 h per credit');
  await expect(inspector.field('EQF level')).toHaveValue('6');
  await expect(inspector.checkbox('Online')).toBeChecked();
  await expect(inspector.checkbox('On-site')).not.toBeChecked();
  await expect(inspector.linked('Learning outcomes')).toHaveCount(7);
  await expect(inspector.linked('Learning outcomes').first()).toContainText('LO1');
  await expect(inspector.linked('Linked assessments')).toHaveCount(4);
  await expect(inspector.linked('Stacks into')).toHaveCount(1);
  await expect(inspector.panel.getByRole('list', { name: 'Endorsements' }).getByRole('listitem').first()).toBeVisible();
  await expect(inspector.field('Title')).toHaveAttribute('aria-required', 'true');
  await expect(inspector.panel.locator('[data-field="title"] .insp-required')).toHaveText('required');
});

test('names the author of an edit made before the first-run name was given in words, not by id', async ({ page }) => {
  const doc = createSampleDocument();
  const analyst = Object.values(doc.entities).find((e) => e.kind === 'credential' && e.title === ANALYST)!;
  // The latest change of the credential, stamped by the app before the user said who they are.
  const stamps = { ...doc.meta.stamps, [analyst.id]: { ...doc.meta.stamps[analyst.id], title: `1900000000000-000-tst00001@${PROVISIONAL_AUTHOR}` } };
  const file = await session.folder.write('provisional.mcred', serialiseDocument({ ...doc, meta: { ...doc.meta, stamps } }));
  const host = await session.start([file]);
  const inspector = new InspectorPage(page);
  await inspector.open(host.url);
  await inspector.select(ANALYST);
  await expect(inspector.lastEdited).toHaveText(/^Last edited by someone who had not set their name yet on /);
  await expect(inspector.panel).not.toContainText(PROVISIONAL_AUTHOR);
});

test('edits a credential by label; the map shows the change and the inspector keeps it after reselecting', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);

  await inspector.type('Title', 'Security Operations Analyst Certificate');
  await inspector.leave('Title');
  await expect(inspector.node('Security Operations Analyst Certificate')).toBeVisible();
  await expect(inspector.title).toHaveText('Security Operations Analyst Certificate');

  await inspector.type('Credits', '15');
  await inspector.leave('Credits');
  await expect(inspector.node('Security Operations Analyst Certificate')).toContainText('15 credit hours');
  await expect(inspector.panel).toContainText('15 US credit hours = 675 h at 45 h per credit');

  await inspector.field('Credit unit').selectOption('ects');
  await expect(inspector.panel).toContainText('15 ECTS credits = 412.5 h at 27.5 h per credit');

  await inspector.field('EQF level').selectOption('5');
  await inspector.checkbox('On-site').check();
  await inspector.type('Review cycle', '36');
  await inspector.leave('Review cycle');
  await expect(inspector.saveState).toHaveText('Edited');

  await inspector.select(CLOUD);
  await inspector.select('Security Operations Analyst Certificate');
  await expect(inspector.field('Credits')).toHaveValue('15');
  await expect(inspector.field('EQF level')).toHaveValue('5');
  await expect(inspector.checkbox('On-site')).toBeChecked();
  await expect(inspector.field('Review cycle')).toHaveValue('36');
});

test('an invalid value shows its message under the field and leaves the map unchanged until fixed', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);

  await inspector.fill('Notional workload', '-40');
  await inspector.expectMessage('Notional workload', /Must not be negative/);
  await inspector.leave('Notional workload');
  await expect(inspector.field('Notional workload')).toHaveValue('-40');
  await expect(inspector.saveState).toHaveText('Saved');

  await inspector.fill('Notional workload', '54o');
  await inspector.expectMessage('Notional workload', /Must be a number/);
  await expect(inspector.saveState).toHaveText('Saved');

  await inspector.fill('Title', '');
  await inspector.expectMessage('Title', /Must not be empty/);
  await expect(inspector.node(ANALYST)).toBeVisible();
  await expect(inspector.saveState).toHaveText('Saved');
  await inspector.fill('Title', ANALYST);
  await inspector.expectNoMessage('Title');

  await inspector.fill('Notional workload', '600');
  await inspector.expectNoMessage('Notional workload');
  await expect(inspector.field('Notional workload')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.saveState).toHaveText('Edited');
  await expect(inspector.panel).toContainText('600 h ≈ 13.33 US credit hours at 45 h per credit');
});

test('undo takes back a whole typed word in one step, and redo brings it back', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);

  const field = inspector.field('Title');
  await field.click();
  await field.press('End');
  await field.pressSequentially(' Advanced', { delay: 20 });
  await expect(inspector.node(`${ANALYST} Advanced`)).toBeVisible();

  await inspector.undo();
  await expect(field).toHaveValue(ANALYST);
  await expect(inspector.title).toHaveText(ANALYST);
  await inspector.redo();
  await expect(field).toHaveValue(`${ANALYST} Advanced`);

  await inspector.leave('Title');
  await inspector.undo();
  await expect(field).toHaveValue(ANALYST);
  await expect(inspector.node(ANALYST)).toBeVisible();

  // Undo pressed in one field takes back the last edit wherever it was, and that field shows it.
  await inspector.type('Credits', '16');
  await inspector.leave('Credits');
  await expect(inspector.node(ANALYST)).toContainText('16 credit hours');
  await field.click();
  await inspector.undo();
  await expect(inspector.field('Credits')).toHaveValue('12');
  await expect(inspector.node(ANALYST)).toContainText('12 credit hours');
  await expect(field).toHaveValue(ANALYST);
});

test('clicking a linked outcome selects it; its Bloom level is derived from the verb and can be overridden', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);
  await inspector.linked('Learning outcomes').nth(1).getByRole('button').click();

  await expect(inspector.kind).toHaveText('Learning outcome');
  const bloom = inspector.field('Bloom level');
  await expect(bloom.locator('option:checked')).toHaveText('Derived from the verb: Apply');
  await expect(inspector.panel).toContainText('“configure” is a verb at the Apply level.');

  await bloom.selectOption('analyse');
  await expect(bloom).toHaveValue('analyse');
  await inspector.type('Statement', 'Understand SIEM correlation rules');
  await expect(inspector.panel).toContainText('“understand” cannot be observed or assessed');
  await bloom.selectOption('');
  await expect(bloom.locator('option:checked')).toHaveText('Derived from the verb: not measurable');
});

test('a link shows its ends and its own fields', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);
  await inspector.linked('Learning outcomes').first().getByRole('button').click();
  await expect(inspector.kind).toHaveText('Learning outcome');

  const addresses = inspector.panel.locator('.insp-connection').filter({ has: page.locator('.insp-link-chip', { hasText: /introduced|reinforced|mastered/ }) });
  await addresses.first().locator('.insp-link-chip').click();
  await expect(inspector.kind).toHaveText('Skill addressed by outcome');
  await inspector.field('Level').selectOption('mastered');
  await expect(inspector.field('Level')).toHaveValue('mastered');

  await inspector.panel.locator('.insp-link-end').filter({ hasText: 'To' }).getByRole('button').click();
  await expect(inspector.kind).toHaveText('Learning outcome');
});

test('a skill: source, evidence of demand with an employers list, and a bad URI refused', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);
  await inspector.linked('Learning outcomes').first().getByRole('button').click();
  await inspector.panel.locator('.insp-connection').filter({ hasText: /introduced|reinforced|mastered/ }).first().locator('.insp-linked-item').click();
  await expect(inspector.kind).toHaveText('Skill requirement');

  await inspector.type('URI', 'niccs.cisa.gov/T1');
  await inspector.expectMessage('URI', /Must be an http\(s\) address/);
  await inspector.type('URI', 'https://niccs.cisa.gov/T1');
  await inspector.expectNoMessage('URI');

  await inspector.field('Employers asking for it').fill('Acme Security');
  await inspector.field('Employers asking for it').press('Enter');
  await expect(inspector.panel.getByRole('list', { name: 'Listed employers' })).toContainText('Acme Security');
  await inspector.panel.getByRole('button', { name: 'Remove employer Acme Security' }).click();
  await expect(inspector.panel.getByText('Acme Security', { exact: true })).toHaveCount(0);

  await inspector.type('Job postings', '12.5');
  await inspector.expectMessage('Job postings', /Must be a whole number/);
});

test('with nothing selected, the map settings: credit system and accreditation profiles', async ({ page }) => {
  const inspector = await openExample(page);
  await expect(inspector.panel.getByText('Select an item on the map to edit it')).toBeVisible();
  await expect(inspector.field('Credit system')).toHaveValue('us-credit-hour');
  await expect(inspector.checkbox('EU Council Recommendation 2022')).toBeChecked();

  await inspector.checkbox('New Zealand (NZQA)').check();
  await expect(inspector.checkbox('New Zealand (NZQA)')).toBeChecked();
  await inspector.type('Hours per credit', '40');
  await inspector.leave('Hours per credit');

  await inspector.select(ANALYST);
  await expect(inspector.panel).toContainText('12 US credit hours = 480 h at 40 h per credit (map setting)');
  await inspector.selectNothing();

  await inspector.checkbox('House rules').check();
  await inspector.type('Most credits a credential may carry', '18');
  await inspector.leave('Most credits a credential may carry');
  await expect(inspector.field('Name of the house rules')).toHaveValue('House rules');
});

test('several selected items are summarised, each selectable', async ({ page }) => {
  const inspector = await openExample(page);
  await inspector.select(ANALYST);
  await inspector.node(CLOUD).getByText(CLOUD, { exact: true }).click({ modifiers: ['Shift'] });
  await expect(inspector.title).toHaveText('2 items selected');
  await expect(inspector.panel).toContainText('2 credentials');
  await inspector.panel.getByRole('button', { name: new RegExp(CLOUD) }).click();
  await expect(inspector.title).toHaveText(CLOUD);
});

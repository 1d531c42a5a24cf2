import { readFile, rm, writeFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { applyCommand } from '../../shared/commands';
import { serialiseDocument } from '../../shared/format';
import { formatStamp, makeClock, tick, type McredDocument } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';
import { InspectorPage } from './pages/inspector';
import { makeTempFolder, type RunningHost, type TempFolder } from './support/browserHost';
import { onDisk, openAs } from './support/coEditors';

/**
 * Co-editing a shared file as two people do: two hosts (two machines, two data folders) on
 * one file. Each sees the other in the map, sees the other's saves arrive without doing
 * anything, and reviews a conflict from the panel. Also: merging a conflicted copy.
 */
let folder: TempFolder;
const hosts: RunningHost[] = [];

test.beforeEach(async () => {
  folder = await makeTempFolder();
});

test.afterEach(async () => {
  for (const h of hosts.splice(0)) await h.stop();
  await folder.remove();
});

const person = (browser: Browser, file: string, name: string, organisation?: string) => openAs(browser, folder, hosts, file, name, organisation);

const skillCount = (page: Page) => page.getByTestId('status-count-skill');

test('two people on one shared file see each other and each other\'s saves live', async ({ browser }) => {
  const file = await folder.write('shared.mcred', serialiseDocument(createSampleDocument()));
  const base = Object.values(createSampleDocument().entities).filter((e) => e.kind === 'skill').length;
  const ana = await person(browser, file, 'Ana Lopez', 'Acme Security');
  const erin = await person(browser, file, 'Erin Tester', 'Northfield State');

  await expect(erin.getByTestId('presence')).toHaveText('Ana Lopez (Acme Security) also has this map open');
  await expect(ana.getByTestId('presence')).toHaveText('Erin Tester (Northfield State) also has this map open');

  await new CanvasPage(ana).create('skill');
  await ana.keyboard.press('ControlOrMeta+s');
  await expect(ana).not.toHaveTitle(/^• /);

  // Erin does nothing: Ana's save arrives by itself, and Erin's map stays saved.
  await expect(skillCount(erin)).toContainText(String(base + 1));
  // Two changes: the new skill, and Ana joining the map's people (her first edit).
  await expect(erin.getByTestId('file-notice')).toContainText('Merged 2 changes from Ana Lopez.');
  await expect(erin.getByTestId('file-notice')).toContainText('Ana Lopez added skill “New skill requirement”');
  await expect(erin.getByTestId('save-state')).toHaveText('Saved');
  // The docs image is rewritten only on request, like the other screenshots.
  if (process.env.UPDATE_SCREENSHOTS) await erin.screenshot({ path: 'docs/screenshots/live-merge.png' });

  // And the other way round, while Ana has unsaved work of her own that stays.
  await new CanvasPage(ana).create('outcome');
  await new CanvasPage(erin).create('skill');
  await erin.keyboard.press('ControlOrMeta+s');
  await expect(skillCount(ana)).toContainText(String(base + 2));
  await expect(ana.getByTestId('save-state')).toHaveText('Edited');
  await ana.keyboard.press('ControlOrMeta+s');
  await expect(ana.getByTestId('save-state')).toHaveText('Saved');

  const final = await onDisk(file);
  expect(Object.values(final.entities).filter((e) => e.kind === 'skill')).toHaveLength(base + 2);
  expect(Object.values(final.entities).filter((e) => e.kind === 'outcome')).toHaveLength(Object.values(createSampleDocument().entities).filter((e) => e.kind === 'outcome').length + 1);
  expect(Object.values(final.people).map((p) => p.name)).toEqual(expect.arrayContaining(['Ana Lopez', 'Erin Tester']));

  // When Ana leaves, Erin stops seeing her.
  await ana.context().close();
  await hosts[0]!.stop();
  await expect(erin.getByTestId('presence')).toHaveCount(0, { timeout: 20_000 });
});

test('a conflict is reviewed in the panel: keeping my version is one undoable edit', async ({ browser }) => {
  const file = await folder.write('shared.mcred', serialiseDocument(createSampleDocument()));
  const ana = await person(browser, file, 'Ana Lopez', 'Acme Security');
  const erin = await person(browser, file, 'Erin Tester');
  const erinInspector = new InspectorPage(erin);
  const anaInspector = new InspectorPage(ana);

  await erinInspector.selectNothing();
  await erinInspector.fill('Map title', 'Erin’s title');
  await anaInspector.selectNothing();
  await anaInspector.fill('Map title', 'Ana’s title');
  await ana.keyboard.press('ControlOrMeta+s');
  await expect(ana.getByTestId('save-state')).toHaveText('Saved');

  const notice = erin.getByTestId('file-notice');
  await expect(notice).toContainText('1 conflict needs your review');
  await notice.getByRole('button', { name: 'Review conflict' }).click();
  const panel = erin.getByTestId('conflict-panel');
  await expect(panel).toBeVisible();
  const card = panel.getByTestId('conflict-card');
  await expect(card).toContainText('Map settings');
  await expect(card).toContainText('You and Ana Lopez both changed the title');
  await expect(card).toContainText('Erin’s title');
  await expect(card).toContainText('Ana’s title');
  await expect(erinInspector.field('Map title')).toHaveValue('Ana’s title');
  await expect(erin.getByTestId('conflict-chip')).toHaveText('1 conflict to review');

  await card.getByRole('button', { name: 'Keep yours' }).click();
  await expect(erinInspector.field('Map title')).toHaveValue('Erin’s title');
  await expect(panel).toHaveCount(0);
  await expect(erin.getByTestId('conflict-chip')).toHaveCount(0);

  // The choice is an ordinary edit: undo brings Ana's title back, redo Erin's again.
  await erin.locator('body').click({ position: { x: 600, y: 400 } });
  await new CanvasPage(erin).undo();
  await expect(erinInspector.field('Map title')).toHaveValue('Ana’s title');
  await new CanvasPage(erin).redo();
  await expect(erinInspector.field('Map title')).toHaveValue('Erin’s title');

  await erin.keyboard.press('ControlOrMeta+s');
  await expect(erin.getByTestId('save-state')).toHaveText('Saved');
  expect((await onDisk(file)).settings.title).toBe('Erin’s title');
  // Ana's window takes Erin's save in as well.
  await expect(anaInspector.field('Map title')).toHaveValue('Erin’s title');
});

test('Merge Another Copy brings a conflicted copy\'s work in as one undoable step', async ({ browser }) => {
  const sample = createSampleDocument();
  const file = await folder.write('programme.mcred', serialiseDocument(sample));
  const skill = { id: 'sk_copyonly0001', kind: 'skill', statement: 'Harden cloud storage buckets', skillType: 'skill', importance: 'essential' } as const;
  const anaRecord = { id: 'pe_ana', name: 'Ana Lopez', organisation: 'Acme Security', role: 'advisor' } as const;
  let copy = sample;
  for (const call of [
    { name: 'person.upsert', payload: { person: anaRecord } },
    { name: 'entity.create', payload: { entity: skill, position: { x: -400, y: 0 } } },
    { name: 'entity.update', payload: { id: 'sk_alerts', changes: { statement: 'Validate and triage network alerts' } } },
  ]) {
    const result = applyCommand(copy, call, { stamp: formatStamp(tick(makeClock('copy0001'), Date.UTC(2031, 0, 1)), 'pe_ana') });
    if (!result.ok) throw new Error(result.refusal.message);
    copy = result.doc;
  }
  const copyPath = await folder.write('programme (Ana’s conflicted copy).mcred', serialiseDocument(copy));
  const erin = await person(browser, file, 'Erin Tester');
  const base = Object.values(sample.entities).filter((e) => e.kind === 'skill').length;
  // Erin rewrites a statement Ana also rewrote in her copy: that one is a conflict.
  const inspector = new InspectorPage(erin);
  await inspector.select('Validate network alerts');
  await inspector.fill('Statement', 'Validate network alerts against the runbook');
  await inspector.selectNothing();

  await erin.getByRole('navigation', { name: 'File' }).getByRole('button', { name: 'Merge Another Copy…' }).click();
  const dialog = erin.getByRole('dialog', { name: 'Merge Another Copy' });
  await dialog.getByRole('textbox').fill(copyPath);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  const notice = erin.getByTestId('file-notice');
  await expect(notice).toContainText('from Ana Lopez in “programme (Ana’s conflicted copy).mcred”');
  await expect(notice).toContainText('Harden cloud storage buckets');
  await expect(notice).toContainText('1 conflict needs your review');
  await expect(skillCount(erin)).toContainText(String(base + 1));
  await expect(erin.getByTestId('save-state')).toHaveText('Edited');

  // The node is marked; its mark opens the review, where Erin keeps her own wording.
  const canvas = new CanvasPage(erin);
  const mark = canvas.node('Validate and triage network alerts').getByTestId('conflict-mark');
  await expect(mark).toHaveAccessibleName('1 conflict to review');
  await mark.click();
  const card = erin.getByTestId('conflict-panel').getByTestId('conflict-card');
  await expect(card).toContainText('Validate network alerts against the runbook');
  await card.getByRole('button', { name: 'Keep yours' }).click();
  await expect(canvas.node('Validate network alerts against the runbook')).toBeVisible();
  await expect(erin.getByTestId('conflict-mark')).toHaveCount(0);
  await canvas.undo();
  await expect(canvas.node('Validate and triage network alerts')).toBeVisible();
  await canvas.redo();
  await expect(canvas.node('Validate network alerts against the runbook')).toBeVisible();

  await new CanvasPage(erin).undo();
  await new CanvasPage(erin).undo();
  await expect(skillCount(erin)).toContainText(String(base));
  await new CanvasPage(erin).redo();
  await expect(skillCount(erin)).toContainText(String(base + 1));
  await erin.keyboard.press('ControlOrMeta+s');
  await expect(erin.getByTestId('save-state')).toHaveText('Saved');
  expect((await onDisk(file)).entities[skill.id]).toMatchObject({ statement: 'Harden cloud storage buckets' });
});

test('a shared file someone damaged is never merged or overwritten; the user is told once and keeps their map', async ({ browser }) => {
  const file = await folder.write('shared.mcred', serialiseDocument(createSampleDocument()));
  const erin = await person(browser, file, 'Erin Tester');
  await new CanvasPage(erin).create('skill');
  const damaged = '{"format": "micro-credential-studio", "schemaVersion": 2, "entities": {';
  await writeFile(file, damaged);

  const notice = erin.getByTestId('file-notice');
  await expect(notice).toContainText('into something that cannot be read');
  await expect(erin.getByTestId('save-state')).toHaveText('Edited');
  await erin.keyboard.press('ControlOrMeta+s');
  await expect(notice).toContainText('Nothing was overwritten');
  expect(await readFile(file, 'utf8')).toBe(damaged);
});

test('a shared file deleted while open: the user is told, and Save writes it again', async ({ browser }) => {
  const file = await folder.write('shared.mcred', serialiseDocument(createSampleDocument()));
  const erin = await person(browser, file, 'Erin Tester');
  await rm(file);
  await expect(erin.getByTestId('file-notice')).toContainText('was moved or deleted');
  // Erin goes on working; her next Save puts the map back where it was.
  await new CanvasPage(erin).create('skill');
  await expect(erin.getByTestId('save-state')).toHaveText('Edited');
  await erin.keyboard.press('ControlOrMeta+s');
  await expect(erin.getByTestId('save-state')).toHaveText('Saved');
  const skills = (d: McredDocument) => Object.values(d.entities).filter((e) => e.kind === 'skill').length;
  expect(skills(await onDisk(file))).toBe(skills(createSampleDocument()) + 1);
});

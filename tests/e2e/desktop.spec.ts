import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import { createSampleDocument } from '../../shared/sample';
import { CanvasPage } from './pages/CanvasPage';

/**
 * The desktop window itself (Electron), run under xvfb on CI where the Electron runtime is
 * installed. Each test gets its own folder and its own user-data folder (settings, recovery).
 */
const root = join(import.meta.dirname, '..', '..');

/** The electron package exports the binary's path, and throws when only the stub is installed. */
function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'Electron runtime not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD): desktop e2e skipped; the browser-host suite still runs.';
// The list reporter shows a skip only as "-"; say why where people look.
if (binary === null) console.log(SKIP_REASON);

let dir: string;
let app: ElectronApplication | undefined;

async function launch(...files: string[]): Promise<ElectronApplication> {
  const env: Record<string, string> = { STUDIO_USER_DATA_DIR: join(dir, 'user-data') };
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] ??= v;
  app = await electron.launch({ executablePath: binary ?? undefined, args: [root, ...files], env });
  return app;
}

test.describe('desktop window (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);

  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mcred-desktop-'));
  });

  test.afterEach(async () => {
    await app?.close().catch(() => undefined);
    app = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  test('opens the built-in example in a sandboxed window with no Node in the page', async () => {
    const page = await (await launch()).firstWindow();
    await expect(page).toHaveTitle(`${createSampleDocument().settings.title} — Micro-Credential Studio`);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { studio?: unknown }).studio)).toBe('object');
    expect(page.url()).toBe('app://studio/index.html');
  });

  test('a file named on the command line opens; an edit saved with Ctrl+S is in the file', async () => {
    const file = join(dir, 'desk.mcred');
    await writeFile(file, serialiseDocument(createSampleDocument()));
    const page = await (await launch(file)).firstWindow();
    const canvas = new CanvasPage(page);
    await canvas.waitReady();
    await canvas.create('skill');
    await expect(page).toHaveTitle(/^• /);
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page).not.toHaveTitle(/^• /);
    const parsed = parseDocument(await readFile(file));
    const before = Object.values(createSampleDocument().entities).filter((e) => e.kind === 'skill').length;
    expect(parsed.ok && Object.values(parsed.doc.entities).filter((e) => e.kind === 'skill').length).toBe(before + 1);
  });

  test('closing a window with unsaved changes asks; Cancel keeps it open, Don\'t Save closes it', async () => {
    const electronApp = await launch();
    const page = await electronApp.firstWindow();
    const canvas = new CanvasPage(page);
    await canvas.waitReady();
    await canvas.create('skill');
    await expect(page).toHaveTitle(/^• /);
    // Native dialogs cannot be clicked by Playwright: answer them from main instead — Cancel
    // the first time, Don't Save the second — noting how many windows are open at each ask.
    await electronApp.evaluate(({ dialog, BrowserWindow }) => {
      const asked: number[] = [];
      (globalThis as { asked?: number[] }).asked = asked;
      dialog.showMessageBox = (async () => {
        asked.push(BrowserWindow.getAllWindows().length);
        return { response: asked.length === 1 ? 2 : 1, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    const asked = () => electronApp.evaluate(() => (globalThis as { asked?: number[] }).asked ?? []);
    await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(async () => (await asked()).length).toBe(1);
    const closed = page.waitForEvent('close');
    await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await closed;
    // Asked again with the window still open: Cancel had kept it.
    expect(await asked()).toEqual([1, 1]);
  });

  test('the page cannot call the host with bad arguments: main refuses with a clear message', async () => {
    const page = await (await launch()).firstWindow();
    await expect(page).toHaveTitle(/Micro-Credential Studio/);
    const message = await page.evaluate(async () => {
      const studio = (globalThis as unknown as { studio: { setIdentity(i: unknown): Promise<unknown> } }).studio;
      return studio.setIdentity({ name: '' }).then(
        () => 'accepted',
        (e: unknown) => String(e),
      );
    });
    expect(message).toContain('The arguments for setIdentity are not valid');
  });

  test('File ▸ New opens a new window when the current one holds work', async () => {
    const electronApp = await launch();
    const page = await electronApp.firstWindow();
    const canvas = new CanvasPage(page);
    await canvas.waitReady();
    await canvas.create('skill');
    const second = electronApp.waitForEvent('window');
    await electronApp.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((i) => i.label.replace('&', '') === 'File');
      file?.submenu?.items.find((i) => i.label === 'New Map')?.click();
    });
    const page2 = await second;
    await expect(page2).toHaveTitle('Untitled map — Micro-Credential Studio');
    await expect(page).toHaveTitle(/^• /);
  });
});

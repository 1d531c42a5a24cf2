import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { createSampleDocument } from '../../shared/sample';

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

test.describe('desktop window (Electron)', () => {
  test.skip(binary === null, SKIP_REASON);

  test('opens the built-in example in a sandboxed window with no Node in the page', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: [root] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(createSampleDocument().settings.title);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { studio?: unknown }).studio)).toBe('object');
      expect(page.url()).toBe('app://studio/index.html');
    } finally {
      await app.close();
    }
  });
});

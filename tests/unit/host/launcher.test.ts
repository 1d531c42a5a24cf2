import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeLauncherPage } from '../../../electron/host/launcher';

describe('the launcher page (how the browser gets the one-time link without a command line)', () => {
  it('is a file only its owner can read, in a folder only its owner can enter, forwarding to the link', async () => {
    const link = 'http://127.0.0.1:4321/?launch=abc-DEF_123&x="<y>';
    const page = await writeLauncherPage(link);
    const file = fileURLToPath(page.url);
    try {
      if (process.platform !== 'win32') {
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
      }
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('content="0;url=http://127.0.0.1:4321/?launch=abc-DEF_123&amp;x=&quot;&lt;y>"');
      expect(html).not.toContain('"<y>');
    } finally {
      await page.remove();
    }
    expect(existsSync(dirname(file))).toBe(false);
  });
});

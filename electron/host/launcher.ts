import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LauncherPage {
  /** The file:// address to hand to the system browser. */
  url: string;
  remove(): Promise<void>;
}

/**
 * A page that forwards the browser to a one-time link. The link itself never goes on a
 * command line (`xdg-open URL`), where any user of the machine can read it in the process
 * list; the page is written into a new private folder (0700) as a file only its owner can
 * read (0600), and the system browser is given the file's address instead.
 */
export async function writeLauncherPage(link: string): Promise<LauncherPage> {
  const folder = await mkdtemp(join(tmpdir(), 'mcred-open-'));
  const file = join(folder, 'open-studio.html');
  const href = escapeAttribute(link);
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>Opening Micro-Credential Studio…</title></head>
<body><p>Opening Micro-Credential Studio… If nothing happens, <a href="${href}">open it here</a>.</p></body>
</html>
`;
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  return { url: pathToFileURL(file).href, remove: () => rm(folder, { recursive: true, force: true }) };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

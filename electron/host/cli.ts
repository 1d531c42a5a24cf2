import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { stopLoadWorkers } from '../services/documents';
import { RecoveryStore } from '../services/recovery';
import { SettingsService, createJsonFileBackend } from '../services/settings';
import { defaultHostDataDir } from './dataDir';
import { createFileWatches } from './fileWatch';
import { writeLauncherPage, type LauncherPage } from './launcher';
import { defaultStartFolder } from './folderListing';
import { createStudioCalls } from './nodeStudioApi';
import { startStudioServer } from './server';
import { makeWindowContext } from './windowContext';

export const USAGE = 'Usage: npm run start:browser -- [FILE.mcred] [--port N] [--no-open] [--data-dir DIR]';

export interface HostArgs {
  file: string | null;
  port: number;
  open: boolean;
  /** Settings and the recovery folder; null means the per-user default. */
  dataDir: string | null;
}

/** Parses the command line; returns a message instead when it cannot be understood. */
export function parseHostArgs(argv: readonly string[]): HostArgs | { error: string } {
  const args: HostArgs = { file: null, port: 0, open: true, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-open') args.open = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) return { error: `--port needs a number from 0 to 65535, not "${value ?? ''}".` };
      args.port = port;
    } else if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const value = arg === '--data-dir' ? argv[++i] : arg.slice('--data-dir='.length);
      if (!value) return { error: '--data-dir needs a folder.' };
      args.dataDir = value;
    } else if (arg.startsWith('-')) return { error: `Unknown option ${arg}.` };
    else if (args.file === null) args.file = arg;
    else return { error: `Only one file can be opened at a time (got "${args.file}" and "${arg}").` };
  }
  return args;
}

/** Hands the URL to the system's browser; failure only costs the user a click. */
function openInBrowser(url: string): void {
  const [command, commandArgs] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Open ${url} in your browser.`));
  child.unref();
}

export async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseHostArgs(argv);
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // `npm run` starts us in the package folder; a relative FILE means the user's folder.
  const userCwd = process.env.INIT_CWD ?? process.cwd();
  const file = parsed.file === null ? null : resolve(userCwd, parsed.file);
  const dataDir = parsed.dataDir === null ? defaultHostDataDir() : resolve(userCwd, parsed.dataDir);
  const settings = createJsonFileBackend(join(dataDir, 'settings.json'));
  // The browser page is the host's one window: it shows one map at a time.
  const window = makeWindowContext(1, file === null ? { kind: 'example' } : { kind: 'file', path: file });
  const settingsService = new SettingsService(settings);
  const watches = createFileWatches(() => settingsService.getIdentity());
  const api = createStudioCalls(
    {
      info: { kind: 'browser', platform: process.platform, multiWindow: false, nativeDialogs: false },
      settings: settingsService,
      recovery: new RecoveryStore({ dir: join(dataDir, 'recovery') }),
      startFolder: file === null ? defaultStartFolder(userCwd, join(import.meta.dirname, '..', '..')) : dirname(file),
      windows: () => [window],
      watchFile: watches.watchFile,
    },
    window,
  );
  const server = await startStudioServer({
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    api,
    port: parsed.port,
  }).catch((error: unknown) => {
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    console.error(inUse ? `Port ${parsed.port} is already in use; try another --port, or leave it out to pick a free one.` : String(error));
    process.exitCode = 1;
    return null;
  });
  if (!server) return;
  let launcher: LauncherPage | null = null;
  if (parsed.open) {
    // The browser gets the one-time link through a private file, never on a command line.
    launcher = await writeLauncherPage(server.newLaunchUrl()).catch(() => null);
    console.log(`Serving on ${server.url}`);
    if (launcher) openInBrowser(launcher.url);
    else console.log(`Open ${server.newLaunchUrl()} in your browser (the link works once).`);
  } else {
    console.log(`Serving on ${server.newLaunchUrl()}`);
    console.log('Open that link in your browser: it works once, for one browser.');
  }
  console.log(file === null ? 'Opening the built-in example map.' : `Opening ${file}`);
  if (process.stdin.isTTY) {
    console.log('Press Enter here for a new link (another browser, or after clearing cookies); Ctrl+C to stop.');
    process.stdin.on('data', () => console.log(`New one-time link: ${server.newLaunchUrl()}`));
  } else console.log('Press Ctrl+C to stop.');

  // Stopping the watch removes this page's presence file, so co-editors stop seeing us at once.
  const stop = () => {
    window.events.release();
    void Promise.all([server.close(), settings.flush(), watches.stopAll(), launcher?.remove(), stopLoadWorkers()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

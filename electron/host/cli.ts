import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createNodeStudioApi } from './nodeStudioApi';
import { startStudioServer } from './server';

export const USAGE = 'Usage: npm run start:browser -- [FILE.mcred] [--port N] [--no-open]';

export interface HostArgs {
  file: string | null;
  port: number;
  open: boolean;
}

/** Parses the command line; returns a message instead when it cannot be understood. */
export function parseHostArgs(argv: readonly string[]): HostArgs | { error: string } {
  const args: HostArgs = { file: null, port: 0, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-open') args.open = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) return { error: `--port needs a number from 0 to 65535, not "${value ?? ''}".` };
      args.port = port;
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
  const file = parsed.file === null ? null : resolve(process.env.INIT_CWD ?? process.cwd(), parsed.file);
  const server = await startStudioServer({
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    api: createNodeStudioApi({ initialFile: file }),
    port: parsed.port,
  }).catch((error: unknown) => {
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    console.error(inUse ? `Port ${parsed.port} is already in use; try another --port, or leave it out to pick a free one.` : String(error));
    process.exitCode = 1;
    return null;
  });
  if (!server) return;
  console.log(`Serving on ${server.url}`);
  console.log(file === null ? 'Opening the built-in example map.' : `Opening ${file}`);
  console.log('Press Ctrl+C to stop.');
  if (parsed.open) openInBrowser(server.url);

  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

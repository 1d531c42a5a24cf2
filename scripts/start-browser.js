#!/usr/bin/env node
// `npm run start:browser -- [FILE] [--port N] [--no-open] [--help]`: Micro-Credential Studio in an
// ordinary browser, for machines without the Electron runtime. Builds the renderer when it
// is missing or older than its sources, then runs the local host (electron/host) under tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'out', 'renderer', 'index.html');
/** What the renderer bundle is made from; the host itself runs from source and needs no build. */
const SOURCES = ['renderer', 'shared', 'electron.config.ts'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestChange(join(root, source)) > built);
}

const { register } = await import('tsx/esm/api');
register();
const { main, parseHostArgs, USAGE } = await import('../electron/host/cli.ts');
const argv = process.argv.slice(2);

if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`${USAGE}

Opens FILE.mcred (or the built-in example) in your browser, served from this computer only.
  --port N        listen on port N (default: a free port)
  --no-open       print the address instead of opening a browser
  --data-dir DIR  keep settings and recovery copies in DIR
Press Ctrl+C to stop.`);
  process.exit(0);
}

// Checked before building, so a typo is reported at once rather than after a build.
const parsed = parseHostArgs(argv);
if ('error' in parsed) {
  console.error(`${parsed.error}\n${USAGE}`);
  process.exit(2);
}

if (needsBuild()) {
  console.log('Building Micro-Credential Studio…');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build', '-c', 'electron.config.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

// `npm run` starts us through a shell that does not pass a kill on: when npm is stopped the
// shell goes, and we would be left holding the port. Stop as Ctrl+C does once our parent goes.
const parent = process.ppid;
const orphaned = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphaned);
  process.kill(process.pid, 'SIGTERM');
}, 500);
orphaned.unref();

await main(argv);

#!/usr/bin/env node
// `npm start -- [FILE]`: runs the built desktop app with the Electron runtime, or says in one
// line what to do instead where only the electron npm stub is installed (no binary).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The electron package exports the binary's path, and throws when the download never happened. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    'Electron runtime not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD?) — run "npm run start:browser" to use Micro-Credential Studio in your browser.',
  );
  process.exit(1);
}

// `npm start` runs in the package folder; a relative FILE means the user's own folder.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(userCwd, arg)));

const env = { ...process.env };
// Inherited from some tools, it would make the binary run as plain Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary, [root, ...args], { stdio: 'inherit', env });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}

#!/usr/bin/env node
// `npm run test:mutations`: proves the security tests bite. For each guard of the browser
// host and the Electron shell it removes the guard in a temporary copy of the code (a small
// textual patch; the real sources carry no switches), runs the tests that cover it, and
// fails unless at least one of them fails. A patch that no longer applies (the guard was
// rewritten) fails too, so this list is kept up to date with the code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const SERVER = ['tests/unit/host/server.test.ts'];
const STATIC = ['tests/unit/host/staticFiles.test.ts', 'tests/unit/host/server.test.ts'];
const PATHS = ['tests/unit/host/pathAccess.test.ts'];
const ELECTRON = ['tests/unit/electronHardening.test.ts', 'tests/unit/ipcMain.test.ts'];

/** Each guard: the file, the exact text that is the guard, what replaces it, and the tests that must notice. */
const MUTATIONS = [
  { guard: 'Host header check', file: 'electron/host/server.ts', find: "if (req.headers.host !== new URL(origin).host) throw new HttpRefusal(403, 'Unexpected Host header');", replace: '', tests: SERVER },
  { guard: 'Origin check', file: 'electron/host/server.ts', find: "if (req.headers.origin !== origin) throw new HttpRefusal(403, 'Cross-origin request refused');", replace: '', tests: SERVER },
  { guard: 'API token check', file: 'electron/host/server.ts', find: "if (!sameSecret(req.headers[HTTP_TRANSPORT.tokenHeader], auth.apiToken)) throw new HttpRefusal(403, 'Missing or wrong token');", replace: '', tests: SERVER },
  { guard: 'session cookie check', file: 'electron/host/server.ts', find: 'if (!auth.hasSession(req.headers.cookie)) throw new HttpRefusal(403, NO_SESSION_MESSAGE);', replace: '', tests: SERVER },
  { guard: 'spent launch link still lets a newcomer in', file: 'electron/host/server.ts', find: 'else if (!auth.hasSession(req.headers.cookie)) throw', replace: 'else if (false) throw', tests: SERVER },
  { guard: 'launch secret used once', file: 'electron/host/hostAuth.ts', find: 'this.unusedLaunches.delete(value);', replace: '', tests: SERVER },
  { guard: 'cookie HttpOnly and SameSite=Strict', file: 'electron/host/hostAuth.ts', find: '; HttpOnly; SameSite=Strict', replace: '', tests: SERVER },
  { guard: 'request target appended, not resolved', file: 'electron/host/server.ts', find: 'return new URL(`http://${LOOPBACK}${raw}`);', replace: 'return new URL(raw, `http://${LOOPBACK}`);', tests: SERVER },
  { guard: 'launcher page private (0600)', file: 'electron/host/launcher.ts', find: 'mode: 0o600', replace: 'mode: 0o644', tests: ['tests/unit/host/launcher.test.ts'] },
  { guard: 'traversal guard', file: 'electron/host/staticFiles.ts', find: 'if (!file.startsWith(base + sep)) return null;', replace: '', tests: STATIC },
  { guard: 'traversal guard separator', file: 'electron/host/staticFiles.ts', find: 'file.startsWith(base + sep)', replace: 'file.startsWith(base)', tests: STATIC },
  { guard: 'CSP header', file: 'electron/host/securityHeaders.ts', find: "'Content-Security-Policy': CONTENT_SECURITY_POLICY,", replace: '', tests: SERVER },
  { guard: 'path allow-list', file: 'electron/host/pathAccess.ts', find: 'const mayReach = (path: string) => roots().some((root) => isInside(root, path));', replace: 'const mayReach = (path: string) => roots().length >= 0 || path === "";', tests: PATHS },
  { guard: 'only map files are read', file: 'electron/host/pathAccess.ts', find: 'if (!isMapFileName(named)) return', replace: 'if (named === "") return', tests: PATHS },
  { guard: 'desktop dialog for unchosen paths', file: 'electron/host/pathAccess.ts', find: 'named !== null && isChosen(named) ? named :', replace: 'named !== null ? named :', tests: PATHS },
  { guard: 'export keeps .bak', file: 'electron/host/exportCalls.ts', find: 'backup: true', replace: 'backup: false', tests: PATHS },
  { guard: 'save only over granted files', file: 'electron/host/documentCalls.ts', find: 'if (!ctx.granted.has(path)) {', replace: 'if (false) {', tests: ['tests/unit/ipcHost.test.ts'] },
  { guard: 'IPC sender check', file: 'electron/main/senderCheck.ts', find: '!isAppUrl(frame.url) ||', replace: '', tests: ['tests/unit/ipc.test.ts', 'tests/unit/ipcMain.test.ts'] },
  { guard: 'openExternal allow-list', file: 'electron/host/urls.ts', find: 'return EXTERNAL_HOSTS.some(', replace: 'return true || EXTERNAL_HOSTS.some(', tests: ['tests/unit/electronHardening.test.ts', 'tests/unit/ipcHost.test.ts'] },
  { guard: 'session blocks remote requests', file: 'electron/main/hardening.ts', find: 'callback({ cancel: !isAllowedRequest(details.url) })', replace: 'callback({ cancel: false })', tests: ELECTRON },
  { guard: 'renderer crash loop', file: 'electron/main/crashGuard.ts', find: "if (count === 1) return 'reload';", replace: "return 'reload';", tests: ELECTRON },
  { guard: 'STUDIO_USER_DATA_DIR ignored when packaged', file: 'electron/main/userData.ts', find: '!isPackaged && dir', replace: 'dir', tests: ELECTRON },
  { guard: 'a newer app\'s carried key never sets a known field', file: 'shared/format/carry.ts', find: 'if (Object.hasOwn(def.shape as Plain, key) || Object.hasOwn(node, key)) continue;', replace: 'if (Object.hasOwn(node, key)) continue;', tests: ['tests/unit/format/carry.test.ts'] },
  { guard: 'fuse: RunAsNode off', file: 'package.json', find: '"runAsNode": false', replace: '"runAsNode": true', tests: ELECTRON },
];

const work = mkdtempSync(join(tmpdir(), 'mcred-mutations-'));
for (const part of ['electron', 'shared', 'resources', 'renderer/src', 'tests/unit', 'tests/helpers', 'tests/fixtures', 'package.json', 'tsconfig.json', 'tsconfig.node.json', 'vitest.config.ts']) {
  cpSync(join(root, part), join(work, part), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = (tests) => spawnSync(process.execPath, [vitest, 'run', '--reporter=dot', ...tests], { cwd: work, encoding: 'utf8' });

const started = Date.now();
const problems = [];
try {
  const all = [...new Set(MUTATIONS.flatMap((m) => m.tests))];
  const baseline = run(all);
  if (baseline.status !== 0) throw new Error(`The security tests fail without any mutation; fix them first.\n${baseline.stdout}${baseline.stderr}`);
  for (const m of MUTATIONS) {
    const path = join(work, m.file);
    const original = readFileSync(path, 'utf8');
    const count = original.split(m.find).length - 1;
    if (count !== 1) {
      problems.push(`${m.guard}: the guard text occurs ${count} times in ${m.file}; update scripts/security-mutations.mjs`);
      continue;
    }
    writeFileSync(path, original.replace(m.find, m.replace));
    const result = run(m.tests);
    writeFileSync(path, original);
    const caught = result.status !== 0;
    console.log(`${caught ? 'caught ' : 'MISSED '} ${m.guard} (${m.file})`);
    if (!caught) problems.push(`${m.guard}: removing it from ${m.file} left ${m.tests.join(', ')} green`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${MUTATIONS.length} guards in ${Math.round((Date.now() - started) / 1000)} s`);
if (problems.length > 0) {
  console.error(`\nSecurity tests that do not bite:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

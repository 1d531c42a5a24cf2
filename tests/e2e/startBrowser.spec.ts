import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempFolder, type TempFolder } from './support/browserHost';

/** `npm run start:browser` as a user runs it: --help, and stopping it by stopping npm. */
const root = join(import.meta.dirname, '..', '..');
let folder: TempFolder;

test.beforeEach(async () => {
  folder = await makeTempFolder();
});
test.afterEach(async () => {
  await folder.remove();
});

test('--help prints the usage and exits cleanly instead of "Unknown option"', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'start-browser.js'), '--help'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).not.toContain('Unknown option');
  expect(run.stdout).toContain('Usage: npm run start:browser -- [FILE.mcred]');
  expect(run.stdout).toContain('--data-dir DIR');
  expect(run.status).toBe(0);
});

test('stopping npm stops the host and frees its port', async () => {
  test.skip(process.platform === 'win32', 'POSIX process groups and signals; Windows stops the tree with the console');
  // Its own process group, so that whatever is left over can be cleaned up by the group's id.
  const npm = spawn('npm', ['run', 'start:browser', '--', '--no-open', '--port', '0', '--data-dir', await folder.dataDir()], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // With --no-open the host prints its one-time launch link.
    const launch = await new Promise<string>((resolve, reject) => {
      npm.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Serving on (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      npm.once('exit', (code) => reject(new Error(`npm exited with ${code}:\n${output}`)));
    });
    const url = new URL('/', launch).href;
    // The host is serving: the launch link is exchanged for a session cookie and a redirect to the page.
    const first = await fetch(launch, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('set-cookie')).toMatch(/^studio-session-\d+=/);

    process.kill(npm.pid!, 'SIGTERM');
    await expect
      .poll(() => fetch(url).then(() => 'still serving', () => 'stopped'), { timeout: 10_000, message: `the host on ${url} outlived npm` })
      .toBe('stopped');
  } finally {
    try {
      process.kill(-npm.pid!, 'SIGKILL');
    } catch {
      // The whole group has already gone: nothing was left behind.
    }
  }
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds once before the tests, so that parallel workers starting hosts never race to
 * rebuild out/ (each host only rebuilds when the build is missing or stale).
 */
export default function globalSetup(): void {
  const root = join(import.meta.dirname, '..', '..', '..');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build', '-c', 'electron.config.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('electron-vite build failed before the e2e tests');
}

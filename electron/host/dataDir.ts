import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser host keeps settings and the recovery folder when no --data-dir is
 * given: the platform's usual per-user application-data folder. Separate from the desktop
 * app's folder, so the two never write one settings file at once.
 */
export function defaultHostDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const name = 'Micro-Credential Studio (browser)';
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'micro-credential-studio-browser');
}

import { resolve } from 'node:path';

/**
 * The settings and recovery folder named by STUDIO_USER_DATA_DIR, for tests and portable
 * development setups. A packaged app ignores it: an environment variable set by someone
 * else (a login script, a shared shell profile) must not move a user's settings and
 * recovery copies somewhere they can read or plant them.
 */
export function userDataOverride(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const dir = env.STUDIO_USER_DATA_DIR;
  return !isPackaged && dir ? resolve(dir) : null;
}

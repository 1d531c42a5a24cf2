import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { appSettingsFile } from '../../../electron/cli/attribution';
import { parseStamp, type McredDocument } from '../../../shared/model';
import { FIXTURES, mapCopy, readMapFile, runCli } from './support/runCli';

const V2 = join(FIXTURES, 'files', 'v2-credits-with-unit.mcred');

let dir: string;
let file: string;
beforeEach(() => ({ dir, file } = mapCopy(V2)));

const readMap = (path = file): McredDocument => readMapFile(path);

/** Writes the desktop app's settings (electron-store's settings.json) in a user-data folder of the test's own. */
function appSettings(settings: object): string {
  const userData = join(dir, 'userData');
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
  return userData;
}

describe('mcred set: who makes the change', () => {
  it('refuses without --author when the app has no identity and the environment names no one, and leaves the file alone', async () => {
    const before = readFileSync(file);
    const out = await runCli(['set', 'map.mcred', 'mc_data', 'status', 'approved'], { cwd: dir, env: {} });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('mcred set: Say who makes the change: --author NAME, or set your name in the app first; map.mcred was not changed\n');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(Object.values(readMap().people).map((p) => p.name)).not.toContain('mcred');
  });

  it('uses the identity set in the app (STUDIO_USER_DATA_DIR), with its person id, before the login name', async () => {
    const userData = appSettings({ identity: { personId: 'pe_anaid', name: 'Ana Lopez', organisation: 'Acme Security' }, preferences: { autosaveSeconds: 3 } });
    const out = await runCli(['set', 'map.mcred', 'mc_data', 'status', 'approved'], { cwd: dir, env: { STUDIO_USER_DATA_DIR: userData, USER: 'jdoe' } });
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('(by Ana Lopez, added to the people of this map)');
    const doc = readMap();
    expect(doc.people.pe_anaid?.name).toBe('Ana Lopez');
    expect(parseStamp(doc.meta.stamps.mc_data!.status!)?.author).toBe('pe_anaid');
  });

  it('ignores a settings file without a valid identity', async () => {
    const userData = appSettings({ identity: { name: '' } });
    const out = await runCli(['set', 'map.mcred', 'mc_data', 'status', 'approved'], { cwd: dir, env: { STUDIO_USER_DATA_DIR: userData } });
    expect(out.code).toBe(2);
  });

  it('finds the desktop settings where Electron keeps them', () => {
    expect(appSettingsFile({ HOME: '/home/ana' }, 'linux')).toBe(join('/home/ana', '.config', 'Micro-Credential Studio', 'settings.json'));
    expect(appSettingsFile({ HOME: '/home/ana', XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(join('/cfg', 'Micro-Credential Studio', 'settings.json'));
    expect(appSettingsFile({ HOME: '/Users/ana' }, 'darwin')).toBe(join('/Users/ana', 'Library', 'Application Support', 'Micro-Credential Studio', 'settings.json'));
    expect(appSettingsFile({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\ana\\AppData\\Roaming', 'Micro-Credential Studio', 'settings.json'));
    expect(appSettingsFile({ STUDIO_USER_DATA_DIR: '/tmp/ud', HOME: '/home/ana' }, 'linux')).toBe(join('/tmp/ud', 'settings.json'));
    expect(appSettingsFile({}, 'linux')).toBeUndefined();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStudioCalls } from '../../../electron/host/nodeStudioApi';
import { makeWindowContext } from '../../../electron/host/windowContext';
import { RecoveryStore } from '../../../electron/services/recovery';
import { SettingsService } from '../../../electron/services/settings';
import { callStudioMethod } from '../../../shared/ipc';

let dir = '';
afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

async function host(stored: Record<string, unknown> = {}) {
  dir = await mkdtemp(join(tmpdir(), 'mcred-newmap-'));
  const values = new Map<string, unknown>(Object.entries(stored));
  const settings = new SettingsService({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) });
  const ctx = makeWindowContext(1, { kind: 'example' });
  const info = { kind: 'browser' as const, platform: process.platform, multiWindow: false, nativeDialogs: false };
  const api = createStudioCalls({ info, settings, recovery: new RecoveryStore({ dir: join(dir, 'rec') }), startFolder: dir, windows: () => [ctx] }, ctx);
  return { api, values };
}

async function newMapSettings(api: Awaited<ReturnType<typeof host>>['api']) {
  const outcome = await api.newDocument({ replace: true });
  if (outcome.status !== 'opened' || !outcome.result.ok) throw new Error('no new map');
  return outcome.result.doc.settings;
}

describe('New Map remembers the institution', () => {
  it('uses the country\'s defaults once the institution is remembered, and the user\'s choices over them', async () => {
    const { api, values } = await host({ identity: { personId: 'pe_mia', name: 'Mia Chen', organisation: 'Northfield' } });
    expect(await newMapSettings(api)).toEqual({ title: 'Untitled map', institution: 'Northfield', creditUnit: 'ects', profiles: ['eu-2022'] });

    await api.setInstitution({ institution: 'Northfield State University', country: 'United States' });
    expect(values.get('institution')).toEqual({ institution: 'Northfield State University', country: 'United States' });
    expect(await newMapSettings(api)).toEqual({
      title: 'Untitled map',
      institution: 'Northfield State University',
      country: 'United States',
      creditUnit: 'us-credit-hour',
      profiles: ['us-credit-hours'],
    });

    await api.setInstitution({ country: 'United States', creditUnit: 'us-credit-hour', profiles: ['us-credit-hours', 'house'] });
    expect((await newMapSettings(api)).profiles).toEqual(['us-credit-hours', 'house']);
  });

  it('starts from the defaults when what is stored cannot be read, and refuses a bad institution at the boundary', async () => {
    const { api } = await host({ institution: { country: 42 } });
    expect(await api.getInstitution()).toEqual({});
    expect((await newMapSettings(api)).creditUnit).toBe('ects');
    const refused = callStudioMethod(api, 'setInstitution', [{ country: 'US', profiles: ['mars-2099'] }]);
    expect(refused.ok).toBe(false);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStudioCalls, type DesktopHooks } from '../../../../electron/host/nodeStudioApi';
import { makeWindowContext, type DocumentSpec, type WindowContext } from '../../../../electron/host/windowContext';
import { RecoveryStore } from '../../../../electron/services/recovery';
import { SettingsService, type KeyValueBackend } from '../../../../electron/services/settings';
import { serialiseDocument } from '../../../../shared/format';
import type { StudioCalls } from '../../../../shared/ipc';
import { applyAll, emptyMap } from '../../cli/support/maps';

/**
 * One window's StudioApi in a temp folder `dir` (its start folder): the browser host's when
 * no desktop hooks are given, else the desktop's with those hooks over harmless defaults.
 */
export function memory(): KeyValueBackend {
  const values = new Map<string, unknown>();
  return { get: (k) => values.get(k), set: (k, v) => void values.set(k, v) };
}

export function writeMap(dir: string, name: string, title = 'Test map'): string {
  const path = join(dir, name);
  writeFileSync(path, serialiseDocument(applyAll(emptyMap(), [{ name: 'settings.update', payload: { changes: { title } } }])));
  return path;
}

export interface Rig {
  api: StudioCalls;
  ctx: WindowContext;
  settings: SettingsService;
  recovery: RecoveryStore;
  windows: WindowContext[];
}

export function makeRig(dir: string, spec: DocumentSpec, desktop?: Partial<DesktopHooks>): Rig {
  const settings = new SettingsService(memory());
  const recovery = new RecoveryStore({ dir: join(dir, 'recovery') });
  const ctx = makeWindowContext(1, spec);
  const windows = [ctx];
  const hooks: DesktopHooks | undefined = desktop && {
    chooseFileToOpen: async () => null,
    chooseSavePath: async () => null,
    focusWindowFor: () => false,
    openWindow: () => undefined,
    windowStateChanged: () => undefined,
    finishClose: () => undefined,
    recentChanged: () => undefined,
    openExternal: async () => undefined,
    ...desktop,
  };
  const api = createStudioCalls(
    {
      info: { kind: hooks ? 'desktop' : 'browser', platform: 'linux', multiWindow: !!hooks, nativeDialogs: !!hooks },
      settings,
      recovery,
      startFolder: dir,
      windows: () => windows,
      ...(hooks ? { desktop: hooks } : {}),
    },
    ctx,
  );
  return { api, ctx, settings, recovery, windows };
}

import { vi } from 'vitest';
import { DEFAULT_PREFERENCES, type HostEvent, type Identity, type StudioApi } from '../../../../shared/ipc';
import type { McredDocument } from '../../../../shared/model';
import { makeMap, makeSkill } from '../../../helpers/builders';

export const PATH = '/maps/course.mcred';
export const ME: Identity = { personId: 'pe_me', name: 'Mere Tane', organisation: 'Polytechnic' };

export function sampleMap(): McredDocument {
  return makeMap({ settings: { title: 'Test map' }, entities: [makeSkill({ id: 'sk_triage', statement: 'Triage alerts' })] });
}

/**
 * A desktop host in memory for the file flows: answers what opening and saving a map ask,
 * records every call, and refuses (loudly) any call a test did not expect.
 */
export function fakeHost(overrides: Partial<StudioApi> = {}, doc = sampleMap()) {
  const calls: { method: string; arg: unknown }[] = [];
  let listener: ((event: HostEvent) => void) | undefined;
  const answers: Partial<StudioApi> = {
    getHostInfo: async () => ({ kind: 'desktop', platform: 'linux', multiWindow: true, nativeDialogs: true }),
    getIdentity: async () => ME,
    getPreferences: async () => DEFAULT_PREFERENCES,
    openInitialDocument: async () => ({ ok: true, doc, source: { kind: 'file', path: PATH, hash: 'a'.repeat(64) } }),
    setWindowState: async () => undefined,
    listRecoverable: async () => [],
    watchDocument: async () => ({ ok: true, others: [] }),
    discardRecovery: async () => ({ ok: true }),
    autosave: async () => ({ ok: true }),
    saveDocument: async (request) => ({ ok: true, path: request.path, hash: 'b'.repeat(64), ...(request.save ? { saveRecord: request.save } : {}) }),
    finishClose: async () => undefined,
    onHostEvent: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    ...overrides,
  };
  const api = new Proxy(answers, {
    get(target, method: string) {
      const answer = target[method as keyof StudioApi] as ((...args: unknown[]) => unknown) | undefined;
      if (!answer) return () => Promise.reject(new Error(`unexpected call: ${method}`));
      return (...args: unknown[]) => {
        calls.push({ method, arg: args[0] });
        return answer(...args);
      };
    },
  }) as StudioApi;
  return {
    api,
    calls,
    called: (method: string) => calls.filter((c) => c.method === method).map((c) => c.arg),
    emit: (event: HostEvent) => listener?.(event),
    titles: [] as string[],
  };
}

/** Lets queued promise reactions and microtasks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

export const quietConsole = () => ({ warn: vi.spyOn(console, 'warn').mockImplementation(() => undefined), error: vi.spyOn(console, 'error').mockImplementation(() => undefined) });

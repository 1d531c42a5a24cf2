import Store from 'electron-store';
import type { KeyValueBackend } from '../services/settings';

/**
 * electron-store (in the user's app-data folder) as the settings backend. It already
 * writes atomically; values read back are validated by SettingsService.
 */
export function createElectronStoreBackend(): KeyValueBackend {
  const store = new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}

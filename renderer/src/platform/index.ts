import type { StudioApi } from '../../../shared/ipc';
import { browserStudio } from './browser';
import { desktopStudio } from './desktop';

/**
 * Finds the host this page runs in: the Electron preload bridge, else the local browser
 * host. Throws when neither is present (e.g. index.html opened straight from disk), which
 * the app shows as an error rather than a blank window.
 */
export function connectStudio(): StudioApi {
  const api = desktopStudio() ?? browserStudio();
  if (!api) {
    throw new Error('This page must be opened by Micro-Credential Studio (the desktop app or "npm run start:browser").');
  }
  return api;
}

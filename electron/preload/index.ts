import { contextBridge, ipcRenderer } from 'electron';
import { STUDIO_CHANNELS, type StudioApi } from '../../shared/ipc';

/**
 * The whole bridge: `window.studio` forwards each StudioApi call to main, which validates
 * it. Nothing else from Electron or Node reaches the page. This file is bundled to one
 * CommonJS file because sandboxed preloads can neither use ESM nor require other files.
 */
const studio = {
  openInitialDocument: () => ipcRenderer.invoke(STUDIO_CHANNELS.openInitialDocument),
} satisfies StudioApi;

contextBridge.exposeInMainWorld('studio', studio);

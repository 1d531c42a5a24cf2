import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { HostEvent, STUDIO_EVENT_CHANNEL, StudioApi, StudioCalls, StudioChannel, StudioMethod } from '../../shared/ipc';

/**
 * Channel names as shared/ipc.ts types them. Only types are imported from there: a value
 * import would bundle zod and the document schemas into this small sandboxed file, and the
 * compiler still checks each name against the contract's StudioChannel type.
 */
const channel = <M extends StudioMethod>(method: M): StudioChannel<M> => `studio:${method}`;
const EVENT_CHANNEL: typeof STUDIO_EVENT_CHANNEL = 'studio:event';

/**
 * The whole bridge: `window.studio` forwards each StudioApi call to main, which checks the
 * sender and validates it; host events arrive on one channel. Nothing else from Electron
 * or Node reaches the page. Bundled to one CommonJS file, because sandboxed preloads can
 * neither use ESM nor require other files.
 */
function invoke<M extends StudioMethod>(method: M): StudioCalls[M] {
  // Safe: main validates the arguments and answers with this method's result type.
  return ((...args: unknown[]) => ipcRenderer.invoke(channel(method), ...args)) as StudioCalls[M];
}

const studio = {
  getHostInfo: invoke('getHostInfo'),
  openInitialDocument: invoke('openInitialDocument'),
  newDocument: invoke('newDocument'),
  openDocument: invoke('openDocument'),
  openRecent: invoke('openRecent'),
  saveDocument: invoke('saveDocument'),
  saveDocumentAs: invoke('saveDocumentAs'),
  listFolder: invoke('listFolder'),
  autosave: invoke('autosave'),
  listRecoverable: invoke('listRecoverable'),
  restoreRecovery: invoke('restoreRecovery'),
  discardRecovery: invoke('discardRecovery'),
  getIdentity: invoke('getIdentity'),
  setIdentity: invoke('setIdentity'),
  getInstitution: invoke('getInstitution'),
  setInstitution: invoke('setInstitution'),
  getPreferences: invoke('getPreferences'),
  setPreferences: invoke('setPreferences'),
  listRecentFiles: invoke('listRecentFiles'),
  setWindowState: invoke('setWindowState'),
  finishClose: invoke('finishClose'),
  openExternal: invoke('openExternal'),
  exportDocument: invoke('exportDocument'),
  showInFolder: invoke('showInFolder'),
  pollEvents: invoke('pollEvents'),
  watchDocument: invoke('watchDocument'),
  checkDocument: invoke('checkDocument'),
  readDocumentCopy: invoke('readDocumentCopy'),
  onHostEvent(listener: (event: HostEvent) => void): () => void {
    // The page gets the event only, never the IpcRendererEvent (which exposes `sender`).
    const handler = (_event: IpcRendererEvent, hostEvent: HostEvent) => listener(hostEvent);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
  pathForFile(file: File): string | null {
    try {
      return webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
  },
} satisfies StudioApi;

contextBridge.exposeInMainWorld('studio', studio);

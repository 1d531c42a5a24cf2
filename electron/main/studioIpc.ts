import { ipcMain, type WebFrameMain } from 'electron';
import { callStudioMethod, STUDIO_CHANNELS, STUDIO_METHODS, type StudioApi } from '../../shared/ipc';
import { isAppUrl } from './appProtocol';

/** Only our own top-level page may call the host: not a subframe, not a foreign page. */
function isTrustedFrame(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * One ipcMain handler per StudioApi method. Each checks the sender and validates the
 * arguments with the schema from shared/ipc.ts before the implementation sees them.
 * Refusals throw: they only happen when something is wrong with the app itself.
 */
export function registerStudioIpc(api: StudioApi): void {
  for (const method of STUDIO_METHODS) {
    ipcMain.handle(STUDIO_CHANNELS[method], (event, ...args: unknown[]) => {
      if (!isTrustedFrame(event.senderFrame)) throw new Error('Refused: the call did not come from the Studio window.');
      const call = callStudioMethod(api, method, args);
      if (!call.ok) throw new Error(call.message);
      return call.result;
    });
  }
}

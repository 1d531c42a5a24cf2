import { ipcMain } from 'electron';
import { STUDIO_CHANNELS, STUDIO_METHODS, type StudioCalls } from '../../shared/ipc';
import { routeStudioCall } from './senderCheck';

/**
 * One ipcMain handler per StudioApi method. Each checks the sender and validates the
 * arguments with the schema from shared/ipc.ts (routeStudioCall) before the window's
 * implementation sees them. Refusals throw: they only happen when something is wrong with
 * the app itself, and the renderer shows them as an error message.
 */
export function registerStudioIpc(apiFor: (webContentsId: number) => StudioCalls | undefined): void {
  for (const method of STUDIO_METHODS) {
    ipcMain.handle(STUDIO_CHANNELS[method], (event, ...args: unknown[]) => {
      const call = routeStudioCall(event, method, args, apiFor);
      if (!call.ok) throw new Error(call.message);
      return call.result;
    });
  }
}

import { callStudioMethod, type CallRefusal, type StudioCalls } from '../../shared/ipc';

/**
 * The renderer is served from a private `app://studio/` origin rather than file://. Every
 * file:// page shares one opaque origin, so a sender check on file:// URLs could not tell
 * our page from any other local file; a custom scheme also lets us send CSP headers.
 * Kept free of `electron` imports so the checks are unit-tested in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs of our own renderer page, and nothing else. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The parts of Electron's IpcMainInvokeEvent the check reads (so tests can pass a fake). */
export interface SenderInfo {
  sender: { id: number };
  senderFrame: { parent: unknown; url: string } | null;
}

export type RoutedCall = { ok: true; result: Promise<unknown> } | CallRefusal | { ok: false; reason: 'untrusted-sender'; message: string };

/**
 * Routes one IPC call: only the top-level frame of one of our windows showing our own page
 * may call (not a subframe, not a page that navigated elsewhere, not a window we did not
 * make); then the arguments are validated against the method's schema and the call goes to
 * that window's StudioApi.
 */
export function routeStudioCall(event: SenderInfo, method: string, args: unknown, apiFor: (webContentsId: number) => StudioCalls | undefined): RoutedCall {
  const frame = event.senderFrame;
  const api = apiFor(event.sender.id);
  if (!frame || frame.parent !== null || !isAppUrl(frame.url) || !api) {
    return { ok: false, reason: 'untrusted-sender', message: 'Refused: the call did not come from a Studio window.' };
  }
  return callStudioMethod(api, method, args);
}

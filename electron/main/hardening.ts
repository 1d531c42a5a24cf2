import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from '../host/securityHeaders';
import { isAllowedExternalUrl } from '../host/urls';

/** Schemes the window may load from: our own pages, DevTools, and inline data. No network. */
function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || /^(devtools|data|blob):/i.test(url);
}

/**
 * Session-wide rules: no remote content at all, a CSP on every response, and no
 * permission (camera, notifications, …) is ever granted — the app needs none.
 */
export function hardenSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/**
 * Per-page rules, applied to every web contents as it is created: the page can never
 * navigate away from the app, open windows, or embed webviews. Links meant for a new
 * window go to the system browser only for the allowed sites (`isAllowedExternalUrl`).
 */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

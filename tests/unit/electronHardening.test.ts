import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { afterRendererCrash, crashMessage } from '../../electron/main/crashGuard';
import { userDataOverride } from '../../electron/main/userData';

/**
 * Electron's hardening, run against a fake `electron` module (the runtime cannot run here):
 * the session's request and permission rules, the page's navigation and window rules,
 * links handed to the system, the crash-loop guard, the data folder override, and the fuses
 * the packaged app is built with.
 */
const fake = vi.hoisted(() => ({ opened: [] as string[] }));
vi.mock('electron', () => {
  const electron = { shell: { openExternal: async (url: string) => void fake.opened.push(url) }, net: {}, protocol: {} };
  return { ...electron, default: electron };
});
const { hardenContents, hardenSession } = await import('../../electron/main/hardening');

type Handler = (...args: never[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const ses = {
    webRequest: { onBeforeRequest: (fn: Handler) => (handlers.request = fn), onHeadersReceived: (fn: Handler) => (handlers.headers = fn) },
    setPermissionRequestHandler: (fn: Handler) => (handlers.permission = fn),
    setPermissionCheckHandler: (fn: Handler) => (handlers.check = fn),
  };
  return { ses, handlers };
}

describe('the hardened session', () => {
  it('loads only our own pages: any network request is cancelled', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses as never);
    const cancelled = (url: string) => {
      let answer: unknown;
      (handlers.request as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('app://studio/index.html')).toBe(false);
    for (const url of ['https://europa.eu/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://elsewhere/x']) expect(cancelled(url), url).toBe(true);
  });

  it('puts the CSP on every response and grants no permission', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses as never);
    let headers: Record<string, string[]> = {};
    (handlers.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
    let granted: unknown;
    (handlers.permission as (c: unknown, p: string, cb: (g: boolean) => void) => void)(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect((handlers.check as () => boolean)()).toBe(false);
  });
});

describe('the hardened page', () => {
  it('never navigates, never attaches a webview, and opens only allowed sites in the system browser', () => {
    fake.opened = [];
    const events: Record<string, (event: { preventDefault: () => void }) => void> = {};
    let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
    hardenContents({ on: (name: string, fn: (event: { preventDefault: () => void }) => void) => (events[name] = fn), setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn) } as never);
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      events[name]?.({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalled();
    }
    for (const url of ['https://www.nzqa.govt.nz/', 'mailto:someone@unesco.org', 'https://evil.example/', 'http://europa.eu/', 'file:///etc/passwd']) {
      expect(openHandler({ url }), url).toEqual({ action: 'deny' });
    }
    expect(fake.opened).toEqual(['https://www.nzqa.govt.nz/', 'mailto:someone@unesco.org']);
  });
});

describe('a page that keeps dying', () => {
  it('is reloaded once per document, then shows a new map instead, then is left alone', () => {
    const crashes = new Map<string, number>();
    const file = { kind: 'file', path: '/maps/bad.mcred' } as const;
    expect(afterRendererCrash(crashes, file)).toBe('reload');
    expect(afterRendererCrash(crashes, { kind: 'file', path: '/maps/other.mcred' })).toBe('reload');
    expect(afterRendererCrash(crashes, file)).toBe('open-empty');
    expect(afterRendererCrash(crashes, { kind: 'untitled' })).toBe('reload');
    expect(afterRendererCrash(crashes, { kind: 'untitled' })).toBe('stop');
    expect(crashMessage(file)).toContain('"/maps/bad.mcred"');
  });
});

describe('STUDIO_USER_DATA_DIR', () => {
  it('moves the data folder in development and tests, never in a packaged app', () => {
    expect(userDataOverride({ STUDIO_USER_DATA_DIR: '/tmp/run-1' }, false)).toBe('/tmp/run-1');
    expect(userDataOverride({ STUDIO_USER_DATA_DIR: '/tmp/run-1' }, true)).toBeNull();
    expect(userDataOverride({}, false)).toBeNull();
  });
});

describe('the packaged app', () => {
  it('is built with the fuses that stop it being used as a Node runtime or loading code from outside its checked archive', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { build: { asar: boolean; electronFuses: Record<string, boolean> } };
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

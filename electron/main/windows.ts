import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { STUDIO_EVENT_CHANNEL, type HostEvent, type StudioCalls } from '../../shared/ipc';
import type { ActionId } from '../../shared/actions';
import { createStudioCalls, type DesktopHooks, type StudioHostDeps } from '../host/nodeStudioApi';
import { makeWindowContext, type DocumentSpec, type WindowContext } from '../host/windowContext';
import { APP_INDEX_URL } from './appProtocol';
import { confirmClose, type ClosingWindow } from './closePrompt';
import { afterRendererCrash, crashMessage } from './crashGuard';
import { initialBounds, rememberBounds } from './windowBounds';

const MAP_FILTERS = [{ name: 'Micro-Credential maps', extensions: ['mcred'] }];

export interface WindowEntry extends ClosingWindow {
  api: StudioCalls;
}

export type ManagerDeps = Omit<StudioHostDeps, 'windows' | 'desktop'> & {
  preload: string;
  windowIcon: string;
  /** Called when the set of windows or the recent files change, to rebuild the menu. */
  onChange: () => void;
};

/**
 * One window per map. Each window has its own host context (what it shows, what it may
 * save over, its events) and its own StudioApi instance; calls are routed to it by the
 * sender's webContents id.
 */
export class WindowManager {
  private readonly entries = new Map<number, WindowEntry>();
  private nextId = 1;

  constructor(private readonly deps: ManagerDeps) {}

  readonly hooks: DesktopHooks = {
    chooseFileToOpen: async (ctx, suggestedPath) => {
      const win = this.windowOf(ctx);
      const options = { title: 'Open Map', properties: ['openFile' as const], filters: MAP_FILTERS, ...(suggestedPath ? { defaultPath: suggestedPath } : {}) };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseSavePath: async (ctx, suggestedPath) => {
      const win = this.windowOf(ctx);
      const options = { title: 'Save Map As', defaultPath: suggestedPath, filters: MAP_FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseExportPath: async (ctx, suggestedPath, extension) => {
      const win = this.windowOf(ctx);
      const options = { title: 'Export', defaultPath: suggestedPath, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
    focusWindowFor: (path, except) => {
      const entry = this.list().find((e) => e.ctx !== except && e.ctx.current.kind === 'file' && e.ctx.current.path === path);
      if (!entry) return false;
      focus(entry.win);
      return true;
    },
    openWindow: (spec) => void this.create(spec),
    windowStateChanged: (ctx) => {
      const win = this.windowOf(ctx);
      // macOS shows the dirty dot in the close button and the file in the title bar's menu;
      // elsewhere the page's title ("• Title — Micro-Credential Studio") says it.
      if (!win || process.platform !== 'darwin') return;
      win.setDocumentEdited(ctx.state.dirty);
      win.setRepresentedFilename(ctx.state.path ?? '');
    },
    finishClose: (ctx, requestId, close) => {
      const entry = this.list().find((e) => e.ctx === ctx);
      entry?.closeRequests.get(requestId)?.(close);
    },
    recentChanged: (path) => {
      app.addRecentDocument(path);
      this.deps.onChange();
    },
    openExternal: (url) => shell.openExternal(url),
  };

  create(spec: DocumentSpec): BrowserWindow {
    const { bounds, maximised } = initialBounds(this.deps.settings, this.entries.size);
    const win = new BrowserWindow({
      ...bounds,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: 'Micro-Credential Studio',
      backgroundColor: '#f5f6f8',
      // Linux takes the window icon from here (macOS and Windows from the app bundle).
      ...(process.platform === 'linux' ? { icon: this.deps.windowIcon } : {}),
      webPreferences: {
        preload: this.deps.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: true,
      },
    });
    const push = (event: HostEvent) => {
      if (!win.isDestroyed()) win.webContents.send(STUDIO_EVENT_CHANNEL, event);
    };
    const ctx = makeWindowContext(this.nextId++, spec, push);
    const api = createStudioCalls({ ...this.deps, windows: () => this.list().map((e) => e.ctx), desktop: this.hooks }, ctx);
    const entry: WindowEntry = { win, ctx, api, allowClose: false, closeRequests: new Map() };
    const contentsId = win.webContents.id;
    this.entries.set(contentsId, entry);

    win.once('ready-to-show', () => {
      if (maximised) win.maximize();
      win.show();
    });
    win.on('close', (event) => {
      rememberBounds(this.deps.settings, win);
      if (entry.allowClose || !ctx.state.dirty) return;
      event.preventDefault();
      void confirmClose(entry, this.deps.recovery);
    });
    win.on('closed', () => {
      // Stops watching the window's map and removes its presence file: co-editors see it go.
      void ctx.watch?.stop();
      ctx.watch = undefined;
      this.entries.delete(contentsId);
      this.deps.onChange();
    });
    win.on('focus', () => this.deps.onChange());
    // A renderer that died takes its unsaved edits with it; the recovery copy is offered on
    // reload. Dying twice on one document is not retried in a loop (crashGuard.ts).
    const crashes = new Map<string, number>();
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit' || win.isDestroyed()) return;
      const action = afterRendererCrash(crashes, ctx.current);
      if (action !== 'reload') void dialog.showMessageBox(win, { type: 'error', message: 'This window stopped again', detail: crashMessage(ctx.current) });
      if (action === 'stop') return;
      if (action === 'open-empty') ctx.current = { kind: 'untitled' };
      win.webContents.reload();
    });
    void win.loadURL(APP_INDEX_URL);
    this.deps.onChange();
    return win;
  }

  apiFor = (webContentsId: number): StudioCalls | undefined => this.entries.get(webContentsId)?.api;

  list(): WindowEntry[] {
    return [...this.entries.values()];
  }

  focused(): WindowEntry | undefined {
    const win = BrowserWindow.getFocusedWindow();
    return win ? this.list().find((e) => e.win === win) : undefined;
  }

  /**
   * Opens a file from outside the page (command line, the OS, Open Recent): the window
   * that already shows it comes forward; else the focused window is reused when it holds
   * only an untouched example or new map; else a new window opens.
   */
  openPath(path: string): void {
    if (this.hooks.focusWindowFor(path, undefined)) return;
    const target = this.focused() ?? (this.entries.size === 1 ? this.list()[0] : undefined);
    if (target && target.ctx.state.replaceable && !target.ctx.state.dirty) {
      target.ctx.current = { kind: 'file', path };
      target.ctx.granted.add(path);
      target.win.webContents.reload();
      focus(target.win);
      return;
    }
    this.create({ kind: 'file', path });
  }

  /** Sends a menu action to the focused window; false when no window can take it. */
  sendAction(id: ActionId): boolean {
    const entry = this.focused();
    if (!entry) return false;
    entry.ctx.emit({ type: 'action', id });
    return true;
  }

  async chooseAndOpen(): Promise<void> {
    const path = await this.hooks.chooseFileToOpen(undefined);
    if (path) this.openPath(path);
  }

  private windowOf(ctx: WindowContext | undefined): BrowserWindow | undefined {
    return ctx ? this.list().find((e) => e.ctx === ctx)?.win : undefined;
  }
}

function focus(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.focus();
}

export const preloadPath = (outDir: string) => join(outDir, 'preload', 'index.cjs');

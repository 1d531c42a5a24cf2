import { ACTION_IDS, actionSpec, isActionId, menuShortcut, primaryShortcut, type ActionId } from '../../shared/actions';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STUDIO_CHANNELS, STUDIO_EVENT_CHANNEL, type HostEvent } from '../../shared/ipc';
import { emptyMap } from './cli/support/maps';
import { makeTempDir } from './cli/support/runCli';

/**
 * Electron main's glue, run against a fake `electron` module (the runtime is not installed
 * here): windows and their contexts, IPC routing with the sender check, the unsaved-changes
 * prompt on close, reuse of an untouched window, and the menus.
 */
const fake = await vi.hoisted(async () => {
  // Hoisted above the imports, so it brings its own.
  const { EventEmitter } = await import('node:events');
  const state = {
    windows: [] as FakeWindow[],
    focused: null as FakeWindow | null,
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    messageBoxAnswers: [] as number[],
    menu: [] as unknown[],
    recent: [] as string[],
  };
  let nextId = 1;
  class FakeContents extends EventEmitter {
    readonly id = nextId++;
    sent: HostEvent[] = [];
    reloads = 0;
    send(_channel: string, event: HostEvent) {
      this.sent.push(event);
    }
    reload() {
      this.reloads++;
    }
  }
  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeContents();
    destroyed = false;
    url = '';
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
      state.focused = this;
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      state.windows = state.windows.filter((w) => w !== this);
      this.emit('closed');
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    focus = () => void (state.focused = this);
    restore = () => undefined;
    show = () => undefined;
    maximize = () => undefined;
    setDocumentEdited = () => undefined;
    setRepresentedFilename = () => undefined;
  }
  const electron = {
    app: { addRecentDocument: (p: string) => state.recent.push(p), isPackaged: false, getPath: () => '/tmp', emit: () => true },
    BrowserWindow: Object.assign(FakeWindow, { getFocusedWindow: () => state.focused, getAllWindows: () => state.windows }),
    dialog: {
      showMessageBox: async () => ({ response: state.messageBoxAnswers.shift() ?? 2, checkboxChecked: false }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => state.handlers.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown[]) => t, setApplicationMenu: (m: unknown[]) => void (state.menu = m) },
    screen: { getDisplayMatching: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }) },
    shell: { openExternal: async () => undefined },
    net: {},
    protocol: {},
    session: {},
  };
  return { state, electron, FakeWindow };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { WindowManager } = await import('../../electron/main/windows');
const { registerStudioIpc } = await import('../../electron/main/studioIpc');
const { buildMenu } = await import('../../electron/main/menu');
const { toAccelerator } = await import('../../renderer/src/app/shortcuts');
const { RecoveryStore } = await import('../../electron/services/recovery');
const { SettingsService } = await import('../../electron/services/settings');

let dir: string;
let cleanup: () => void;
let manager: InstanceType<typeof WindowManager>;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('mcred-main-'));
  fake.state.windows = [];
  fake.state.handlers.clear();
  const values = new Map<string, unknown>();
  manager = new WindowManager({
    info: { kind: 'desktop', platform: 'linux', multiWindow: true, nativeDialogs: true },
    settings: new SettingsService({ get: (k) => values.get(k), set: (k, v) => void values.set(k, v) }),
    recovery: new RecoveryStore({ dir: join(dir, 'recovery') }),
    startFolder: dir,
    preload: '/out/preload/index.cjs',
    windowIcon: '/icon.png',
    onChange: () => undefined,
  });
  registerStudioIpc(manager.apiFor);
});
afterEach(() => cleanup());

/** Invokes a channel as the page of `win` would; `url` lets a test pretend to be another page. */
function invoke(win: InstanceType<typeof fake.FakeWindow>, method: keyof typeof STUDIO_CHANNELS, args: unknown[], url = 'app://studio/index.html') {
  const handler = fake.state.handlers.get(STUDIO_CHANNELS[method]);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler({ sender: { id: win.webContents.id }, senderFrame: { parent: null, url } }, ...args);
}

const lastWindow = () => fake.state.windows[fake.state.windows.length - 1]!;

describe('Electron main', () => {
  it('makes a sandboxed, isolated window on our own page, and answers its calls', async () => {
    const win = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(win.url).toBe('app://studio/index.html');
    expect(await invoke(win, 'openInitialDocument', [])).toMatchObject({ ok: true, source: { kind: 'example' } });
  });

  it('refuses calls from another page or with bad arguments', async () => {
    const win = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    expect(() => invoke(win, 'getIdentity', [], 'https://evil.example/')).toThrow('did not come from a Studio window');
    expect(() => invoke(win, 'setIdentity', [{ name: 1 }])).toThrow('The arguments for setIdentity are not valid');
  });

  it('closes a clean window at once; asks about a dirty one, and Cancel keeps it open', async () => {
    const win = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    await invoke(win, 'setWindowState', [{ title: 'Map', dirty: true, replaceable: false, path: null }]);
    fake.state.messageBoxAnswers.push(2);
    win.close();
    await vi.waitFor(() => expect(fake.state.messageBoxAnswers).toEqual([]));
    expect(win.isDestroyed()).toBe(false);

    const clean = manager.create({ kind: 'untitled' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    clean.close();
    expect(clean.isDestroyed()).toBe(true);
  });

  it("Don't Save closes the window and throws its recovery copy away", async () => {
    const win = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    await invoke(win, 'autosave', [{ sessionId: 'sess0001', path: null, title: 'Map', doc: emptyMap() }]);
    await invoke(win, 'setWindowState', [{ title: 'Map', dirty: true, replaceable: false, path: null }]);
    fake.state.messageBoxAnswers.push(1);
    win.close();
    await vi.waitFor(() => expect(win.isDestroyed()).toBe(true));
    expect(existsSync(join(dir, 'recovery', 'sess0001.json'))).toBe(false);
  });

  it('Save asks the page to save and closes only when it says the save worked', async () => {
    const win = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    await invoke(win, 'setWindowState', [{ title: 'Map', dirty: true, replaceable: false, path: null }]);
    for (const worked of [false, true]) {
      fake.state.messageBoxAnswers.push(0);
      win.webContents.sent = [];
      win.close();
      await vi.waitFor(() => expect(win.webContents.sent).toHaveLength(1));
      const request = win.webContents.sent[0];
      expect(request?.type).toBe('save-and-close');
      await invoke(win, 'finishClose', [{ requestId: request?.type === 'save-and-close' ? request.requestId : '', close: worked }]);
      await vi.waitFor(() => expect(win.isDestroyed()).toBe(worked));
    }
  });

  it('opens a file from the OS in the untouched window it reuses, else in a new window', async () => {
    const first = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    manager.openPath('/maps/a.mcred');
    expect(first.webContents.reloads).toBe(1);
    expect(fake.state.windows).toHaveLength(1);
    await invoke(first, 'setWindowState', [{ title: 'A', dirty: false, replaceable: false, path: '/maps/a.mcred' }]);
    manager.openPath('/maps/b.mcred');
    expect(fake.state.windows).toHaveLength(2);
    manager.openPath('/maps/a.mcred');
    expect(fake.state.focused).toBe(first);
    expect(fake.state.windows).toHaveLength(2);
    expect(lastWindow().webContents.reloads).toBe(0);
  });

  it('reloads a page that died, but not in a loop when it dies again on the same map', () => {
    const win = manager.create({ kind: 'file', path: '/maps/bad.mcred' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    const crash = () => win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    crash();
    expect(win.webContents.reloads).toBe(1);
    crash();
    // The map is not shown again: the window gets a new empty map instead.
    expect(win.webContents.reloads).toBe(2);
    expect(manager.list()[0]?.ctx.current).toEqual({ kind: 'untitled' });
    crash();
    crash();
    expect(win.webContents.reloads).toBe(3);
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(win.webContents.reloads).toBe(3);
  });

  it('sends menu actions to the focused window as events', () => {
    const win = manager.create({ kind: 'example' }) as unknown as InstanceType<typeof fake.FakeWindow>;
    expect(manager.sendAction('file.save')).toBe(true);
    expect(win.webContents.sent).toEqual([{ type: 'action', id: 'file.save' }]);
    expect(STUDIO_EVENT_CHANNEL).toBe('studio:event');
  });

  it('builds File, Edit and View menus with the usual shortcuts, and Open Recent from the list', () => {
    buildMenu({
      sendAction: () => true,
      newWindow: () => undefined,
      chooseAndOpen: () => undefined,
      openPath: () => undefined,
      recentFiles: () => [{ path: '/maps/a.mcred', title: 'A map', openedAt: '' }],
      clearRecent: () => undefined,
    });
    type Item = { label?: string; accelerator?: string; submenu?: Item[] };
    const menus = fake.state.menu as Item[];
    const find = (menu: string, label: string) => menus.find((m) => m.label?.replace('&', '') === menu)?.submenu?.find((i) => i.label === label);
    expect(find('File', 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(find('File', 'Save As…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find('File', 'Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find('File', 'New Map')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find('File', 'Open Recent')?.submenu?.[0]?.label).toBe('A map — a.mcred');
    expect(find('File', 'Merge Another Copy…')).toMatchObject({ label: 'Merge Another Copy…' });
    for (const label of ['Undo', 'Redo', 'Delete', 'Select All', 'Find…']) expect(find('Edit', label), label).toBeTruthy();
    for (const label of ['Zoom In', 'Zoom Out', 'Fit Map']) expect(find('View', label)?.accelerator, label).toBeTruthy();
    for (const label of ['New Skill Requirement', 'New Learning Outcome', 'New Assessment', 'New Learning Activity', 'New Micro-Credential', 'New Program', 'Add Comment', 'Tidy Layout']) {
      expect(find('Map', label), label).toMatchObject({ label });
    }
    expect(find('Map', 'Tidy Layout')?.accelerator).toBe('CmdOrCtrl+Shift+L');
  });

  it('shows exactly the catalogue\'s menu actions, once each, with its labels and shortcuts, on every platform', () => {
    type Item = { id?: string; label?: string; accelerator?: string; submenu?: Item[] };
    const declared = ACTION_IDS.filter((id) => actionSpec(id).menu).sort();
    expect(declared.length).toBeGreaterThanOrEqual(25);
    for (const platform of ['linux', 'win32', 'darwin']) {
      buildMenu({ sendAction: () => true, newWindow: () => undefined, chooseAndOpen: () => undefined, openPath: () => undefined, recentFiles: () => [], clearRecent: () => undefined }, platform);
      const menus = fake.state.menu as Item[];
      const items = menus.flatMap((m) => m.submenu ?? []).filter((i): i is Item & { id: ActionId } => i.id !== undefined && isActionId(i.id));
      expect(items.map((i) => i.id).sort(), platform).toEqual(declared);
      for (const item of items) {
        const spec = actionSpec(item.id);
        // Each item sits in the menu the catalogue names.
        expect(menus.find((m) => m.submenu?.includes(item))?.label?.replace('&', '').toLowerCase(), item.id).toBe(spec.menu?.in);
        expect(item.label, item.id).toBe(spec.label);
        const shown = menuShortcut(item.id, platform);
        expect(item.accelerator, `${item.id} on ${platform}`).toBe(shown ? toAccelerator(shown) : undefined);
        // What a menu shows is a key the page answers too.
        if (shown) expect(spec.shortcut, item.id).toContain(shown);
      }
      // The zoom key the page answers (Mod+=) is the one the menu shows.
      expect(items.find((i) => i.id === 'view.zoomIn')?.accelerator).toBe('CmdOrCtrl+=');
      expect(items.find((i) => i.id === 'edit.redo')?.accelerator).toBe(platform === 'win32' ? 'CmdOrCtrl+Y' : 'CmdOrCtrl+Shift+Z');
      expect(items.find((i) => i.id === 'edit.delete')?.accelerator).toBe(platform === 'darwin' ? undefined : 'Delete');
    }
    expect(primaryShortcut(actionSpec('view.fit'))).toBe('Mod+0');
  });
});

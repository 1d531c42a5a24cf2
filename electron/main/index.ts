import { join } from 'node:path';
import { app, session } from 'electron';
import { createFileWatches } from '../host/fileWatch';
import { keepLoadWorkerReady } from '../services/documents';
import { RecoveryStore } from '../services/recovery';
import { SettingsService } from '../services/settings';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { confirmClose } from './closePrompt';
import { hardenContents, hardenSession } from './hardening';
import { filesFromArgv } from './launchArgs';
import { buildMenu } from './menu';
import { createElectronStoreBackend } from './settingsStore';
import { registerStudioIpc } from './studioIpc';
import { userDataOverride } from './userData';
import { preloadPath, WindowManager } from './windows';

/** Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const outDir = join(import.meta.dirname, '..');

// Tests (and development setups) give each run its own settings and recovery folder; never a packaged app.
const userData = userDataOverride(process.env, app.isPackaged);
if (userData) app.setPath('userData', userData);

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

// One process owns the settings and the recovery folder: a second launch (a file
// double-clicked in Explorer or a file manager) hands its files to the first and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let manager: WindowManager | undefined;
  // macOS delivers "Open With" and Dock drops as open-file events, possibly before ready.
  const pending: string[] = [];
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (manager) manager.openPath(path);
    else pending.push(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = filesFromArgv(argv, app.isPackaged, workingDirectory);
    if (!manager) return void pending.push(...files);
    if (files.length === 0) (manager.focused() ?? manager.list()[0])?.win.focus();
    for (const file of files) manager.openPath(file);
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(join(outDir, 'renderer'));
    const settings = new SettingsService(createElectronStoreBackend());
    const recovery = new RecoveryStore({ dir: join(app.getPath('userData'), 'recovery') });
    const watches = createFileWatches(() => settings.getIdentity());
    const refreshMenu = () =>
      buildMenu({
        sendAction: (id) => windows.sendAction(id),
        newWindow: () => void windows.create({ kind: 'untitled' }),
        chooseAndOpen: () => void windows.chooseAndOpen(),
        openPath: (path) => windows.openPath(path),
        recentFiles: () => settings.listRecent(),
        clearRecent: () => {
          settings.clearRecent();
          app.clearRecentDocuments();
          refreshMenu();
        },
      });
    const windows = new WindowManager({
      info: { kind: 'desktop', platform: process.platform, multiWindow: true, nativeDialogs: true },
      settings,
      recovery,
      startFolder: app.getPath('documents'),
      watchFile: watches.watchFile,
      preload: preloadPath(outDir),
      windowIcon: join(outDir, '..', 'resources', 'icons', 'png', '256x256.png'),
      onChange: () => refreshMenu(),
    });
    manager = windows;
    registerStudioIpc(windows.apiFor);
    refreshMenu();
    // A warmed worker waits for the first large map (services/documents/offThread.ts).
    keepLoadWorkerReady();

    const files = [...filesFromArgv(process.argv, app.isPackaged, process.cwd()), ...pending.splice(0)];
    if (files.length === 0) windows.create({ kind: 'example' });
    for (const file of files) windows.create({ kind: 'file', path: file });

    app.on('activate', () => {
      if (windows.list().length === 0) windows.create({ kind: 'untitled' });
    });

    // Quitting asks about each dirty window in turn; Cancel on any of them stops the quit.
    let quitApproved = false;
    app.on('before-quit', (event) => {
      if (quitApproved) return;
      const dirty = windows.list().filter((e) => e.ctx.state.dirty && !e.allowClose);
      if (dirty.length === 0) return;
      event.preventDefault();
      void (async () => {
        for (const entry of dirty) if (!(await confirmClose(entry, recovery))) return;
        quitApproved = true;
        app.quit();
      })();
    });
    // Presence files are removed before the process ends (closing the windows started
    // that), so co-editors stop seeing us at once rather than after the stale timeout.
    // Once all is removed the second quit passes straight through.
    app.on('will-quit', (event) => {
      if (watches.idle) return;
      event.preventDefault();
      void watches.stopAll().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

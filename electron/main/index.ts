import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { createNodeStudioApi, firstFileArgument } from '../host/nodeStudioApi';
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './appProtocol';
import { hardenContents, hardenSession } from './hardening';
import { registerStudioIpc } from './studioIpc';

/** Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const outDir = join(import.meta.dirname, '..');

// An unpackaged run is `electron <app dir> [file]`; a packaged one is `<exe> [file]`.
const userArgs = process.argv.slice(app.isPackaged ? 1 : 2);

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

function createMainWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Micro-Credential Studio',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  serveRenderer(join(outDir, 'renderer'));
  registerStudioIpc(createNodeStudioApi({ initialFile: firstFileArgument(userArgs) }));
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

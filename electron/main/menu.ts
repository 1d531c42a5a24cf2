import { basename } from 'node:path';
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/ipc';
import { KEYMAP } from '../../renderer/src/app/keymap';

export interface MenuHandlers {
  /** Sends an action id to the focused window's actions registry; false when there is no window. */
  sendAction(id: string): boolean;
  newWindow(): void;
  chooseAndOpen(): void;
  openPath(path: string): void;
  recentFiles(): RecentFile[];
  clearRecent(): void;
}

const isMac = process.platform === 'darwin';

/**
 * The native menus. Items that act on the map send an action id to the renderer, which
 * owns the behaviour (one definition for menu, shortcut and toolbar). On Windows and Linux
 * their accelerators are only displayed — the page's own key handler runs them, so a key
 * never fires twice; on macOS the menu takes the key and the page never sees it.
 */
export function buildMenu(h: MenuHandlers): void {
  const action = (id: string, label: string, accelerator?: string, fallback?: () => void): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator, registerAccelerator: isMac } : {}),
    click: () => {
      if (!h.sendAction(id)) fallback?.();
    },
  });
  const recent = h.recentFiles();
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        action('file.new', 'New Map', 'CmdOrCtrl+N', h.newWindow),
        action('file.open', 'Open…', 'CmdOrCtrl+O', h.chooseAndOpen),
        {
          label: 'Open Recent',
          submenu: [
            ...recent.map((r): MenuItemConstructorOptions => ({ label: `${r.title} — ${basename(r.path)}`, toolTip: r.path, click: () => h.openPath(r.path) })),
            ...(recent.length ? [{ type: 'separator' as const }] : []),
            { label: 'Clear Menu', enabled: recent.length > 0, click: h.clearRecent },
          ],
        },
        { type: 'separator' },
        action('file.save', 'Save', 'CmdOrCtrl+S'),
        action('file.saveAs', 'Save As…', 'CmdOrCtrl+Shift+S'),
        action('file.export', 'Export…', 'CmdOrCtrl+E'),
        { type: 'separator' },
        action('file.mergeCopy', 'Merge Another Copy…'),
        action('review.import', KEYMAP['review.import'].label),
        { type: 'separator' },
        { role: 'close', label: 'Close Window' },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'E&xit' }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        action('edit.undo', 'Undo', 'CmdOrCtrl+Z'),
        action('edit.redo', 'Redo', isMac ? 'Shift+Cmd+Z' : process.platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z'),
        { type: 'separator' },
        // Clipboard items keep their native roles so they work in text fields; the canvas
        // handles the copy and paste events they raise.
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        // Backspace must stay a text-editing key on macOS, so Delete there has no accelerator.
        action('edit.delete', 'Delete', isMac ? undefined : 'Delete'),
        action('edit.selectAll', 'Select All', 'CmdOrCtrl+A'),
        { type: 'separator' },
        action('edit.find', 'Find…', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&Map',
      submenu: [
        // Two-key shortcuts ("N S") cannot be accelerators: the menu names them in the label's place.
        action('create.skill', 'New Skill Requirement'),
        action('create.outcome', 'New Learning Outcome'),
        action('create.assessment', 'New Assessment'),
        action('create.activity', 'New Learning Activity'),
        action('create.credential', 'New Micro-Credential'),
        action('create.program', 'New Program'),
        { type: 'separator' },
        action('comment.add', 'Add Comment', 'CmdOrCtrl+Alt+M'),
        action('link.to', KEYMAP['link.to'].label, 'CmdOrCtrl+Shift+K'),
        { type: 'separator' },
        action('revision.mark', KEYMAP['revision.mark'].label),
        { type: 'separator' },
        action('layout.auto', 'Tidy Layout', 'CmdOrCtrl+Shift+L'),
        action('view.focusCredential', 'Focus on Credential…', 'CmdOrCtrl+Shift+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        action('view.zoomIn', 'Zoom In', 'CmdOrCtrl+Plus'),
        action('view.zoomOut', 'Zoom Out', 'CmdOrCtrl+-'),
        action('view.fit', 'Fit Map', 'CmdOrCtrl+0'),
        { type: 'separator' },
        action('revision.panel', KEYMAP['revision.panel'].label),
        action('review.panel', KEYMAP['review.panel'].label),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

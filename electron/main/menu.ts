import { basename } from 'node:path';
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/ipc';
import type { KnownActionId } from '../../renderer/src/app/actions';
import { KEYMAP } from '../../renderer/src/app/keymap';
import { toAccelerator } from '../../renderer/src/app/shortcuts';

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
  /**
   * A menu item for an action of the renderer: label and accelerator from the one keymap
   * (`KEYMAP`, the first of its shortcuts; two-key shortcuts such as "N S" cannot be
   * accelerators), unless `accelerator` says otherwise for this platform (null: none).
   */
  const action = (id: KnownActionId, options: { accelerator?: string | null; fallback?: () => void } = {}): MenuItemConstructorOptions => {
    const { label, shortcut } = KEYMAP[id];
    const primary = typeof shortcut === 'string' ? shortcut : shortcut?.[0];
    const accelerator = options.accelerator !== undefined ? (options.accelerator ?? undefined) : primary ? toAccelerator(primary) : undefined;
    return {
      id,
      label,
      ...(accelerator ? { accelerator, registerAccelerator: isMac } : {}),
      click: () => {
        if (!h.sendAction(id)) options.fallback?.();
      },
    };
  };
  const recent = h.recentFiles();
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        action('file.new', { fallback: h.newWindow }),
        action('file.open', { fallback: h.chooseAndOpen }),
        {
          label: 'Open Recent',
          submenu: [
            ...recent.map((r): MenuItemConstructorOptions => ({ label: `${r.title} — ${basename(r.path)}`, toolTip: r.path, click: () => h.openPath(r.path) })),
            ...(recent.length ? [{ type: 'separator' as const }] : []),
            { label: 'Clear Menu', enabled: recent.length > 0, click: h.clearRecent },
          ],
        },
        { type: 'separator' },
        action('file.save'),
        action('file.saveAs'),
        action('file.export'),
        { type: 'separator' },
        action('file.mergeCopy'),
        action('review.import'),
        { type: 'separator' },
        { role: 'close', label: 'Close Window' },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'E&xit' }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        action('edit.undo'),
        action('edit.redo', { accelerator: isMac ? 'Shift+Cmd+Z' : process.platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z' }),
        { type: 'separator' },
        // Clipboard items keep their native roles so they work in text fields; the canvas
        // handles the copy and paste events they raise.
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        // Backspace must stay a text-editing key on macOS, so Delete there has no accelerator.
        action('edit.delete', { accelerator: isMac ? null : 'Delete' }),
        action('edit.selectAll'),
        { type: 'separator' },
        action('edit.find'),
      ],
    },
    {
      label: '&Map',
      submenu: [
        // Two-key shortcuts ("N S") cannot be accelerators: the menu names them in the label's place.
        action('create.skill'),
        action('create.outcome'),
        action('create.assessment'),
        action('create.activity'),
        action('create.credential'),
        action('create.program'),
        { type: 'separator' },
        action('comment.add'),
        action('link.to'),
        action('view.suggestedLinks'),
        { type: 'separator' },
        action('revision.mark'),
        { type: 'separator' },
        action('layout.auto'),
        action('view.focusCredential'),
      ],
    },
    {
      label: '&View',
      submenu: [
        action('view.zoomIn'),
        action('view.zoomOut'),
        action('view.fit'),
        { type: 'separator' },
        action('revision.panel'),
        action('review.panel'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

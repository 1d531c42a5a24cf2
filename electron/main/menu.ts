import { basename } from 'node:path';
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { actionSpec, menuGroup, menuShortcut, type ActionId, type MenuGroup, type MenuName } from '../../shared/actions';
import type { RecentFile } from '../../shared/ipc';
import { toAccelerator } from '../../renderer/src/app/shortcuts';

export interface MenuHandlers {
  /** Sends an action id to the focused window's actions registry; false when there is no window. */
  sendAction(id: ActionId): boolean;
  newWindow(): void;
  chooseAndOpen(): void;
  openPath(path: string): void;
  recentFiles(): RecentFile[];
  clearRecent(): void;
}

/** What File ▸ New and Open do when no window is open to take the action. */
type Fallbacks = Partial<Record<ActionId, () => void>>;

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menus. Their action items come from the catalogue (`shared/actions.ts`: label,
 * shortcut, menu and group); this file only orders the groups and places the native items
 * (Open Recent, Cut/Copy/Paste, Close, Quit). Clicking one sends its id to the renderer,
 * which owns the behaviour. On Windows and Linux their accelerators are only displayed —
 * the page's own key handler runs them, so a key never fires twice; on macOS the menu takes
 * the key and the page never sees it.
 */
export function buildMenu(h: MenuHandlers, platform: string = process.platform): void {
  const isMac = platform === 'darwin';
  const fallbacks: Fallbacks = { 'file.new': h.newWindow, 'file.open': h.chooseAndOpen };
  /** A menu item for a declared action; two-key shortcuts such as "N S" cannot be accelerators. */
  const action = (id: ActionId): MenuItemConstructorOptions => {
    const shortcut = menuShortcut(id, platform);
    const accelerator = shortcut ? toAccelerator(shortcut) : undefined;
    return {
      id,
      label: actionSpec(id).label,
      ...(accelerator ? { accelerator, registerAccelerator: isMac } : {}),
      click: () => {
        if (!h.sendAction(id)) fallbacks[id]?.();
      },
    };
  };
  const group = (menu: MenuName, name: MenuGroup) => menuGroup(menu, name).map(action);
  /** Groups and native items with one separator between neighbours (empty groups vanish). */
  const sections = (...parts: MenuItemConstructorOptions[][]) => parts.filter((p) => p.length).flatMap((p, i) => (i ? [SEPARATOR, ...p] : p));
  const recent = h.recentFiles();
  const openRecent: MenuItemConstructorOptions = {
    label: 'Open Recent',
    submenu: [
      ...recent.map((r): MenuItemConstructorOptions => ({ label: `${r.title} — ${basename(r.path)}`, toolTip: r.path, click: () => h.openPath(r.path) })),
      ...(recent.length ? [SEPARATOR] : []),
      { label: 'Clear Menu', enabled: recent.length > 0, click: h.clearRecent },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: sections(
        [...group('file', 'open'), openRecent],
        group('file', 'save'),
        group('file', 'copies'),
        [{ role: 'close', label: 'Close Window' }],
        isMac ? [] : [{ role: 'quit', label: 'E&xit' }],
      ),
    },
    {
      label: '&Edit',
      submenu: sections(
        group('edit', 'history'),
        // Clipboard items keep their native roles so they work in text fields; the canvas
        // handles the copy and paste events they raise.
        [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, ...group('edit', 'selection')],
        group('edit', 'find'),
      ),
    },
    { label: '&Map', submenu: sections(group('map', 'create'), group('map', 'annotate'), group('map', 'revision'), group('map', 'layout')) },
    {
      label: '&View',
      submenu: sections(group('view', 'zoom'), group('view', 'panels'), [{ role: 'togglefullscreen' }, ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }])]),
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

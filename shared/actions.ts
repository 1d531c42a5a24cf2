/**
 * The catalogue of user actions (the excalidraw pattern): every action is declared here
 * once — id, label, shortcut, and where it appears — and the native menus (Electron main),
 * the browser's File bar, the command palette, the toolbar, the context menu and the
 * page's shortcut handler all read it. What an action does is bound in the renderer by the
 * feature that owns the behaviour (`useActionHandlers`), keyed by `ActionId`, so an id that
 * is not declared here does not compile. Pure data: no DOM, no Node.
 */

/** The native menus an action may appear in (Electron; the browser has its File bar). */
export type MenuName = 'file' | 'edit' | 'map' | 'view';

/**
 * A run of related items in a native menu; `electron/main/menu.ts` places each group (and
 * the native items such as Open Recent or Cut) and draws separators between groups.
 */
export type MenuGroup = 'open' | 'save' | 'copies' | 'history' | 'selection' | 'find' | 'create' | 'annotate' | 'revision' | 'layout' | 'zoom' | 'panels';

/** Where a native menu runs. */
export type MenuPlatform = 'darwin' | 'win32' | 'linux';

export interface ActionSpec {
  /** What menus, buttons and the palette show, e.g. "Save As…". */
  readonly label: string;
  /** `Mod+S` (`Mod` is Cmd on macOS, Ctrl elsewhere); an array gives alternatives, the first is the one shown. */
  readonly shortcut?: string | readonly string[];
  /**
   * Whether the shortcut also works while the user types in a field. Save, Open and Find
   * do; Delete, Select All, Copy and Paste leave the field its own behaviour.
   */
  readonly inFields?: boolean;
  /** Other words the command palette finds it by ("connect" for Link to…). */
  readonly keywords?: readonly string[];
  /** The native menu item: which menu, and which group in it. Absent: not in the native menus. */
  readonly menu?: { readonly in: MenuName; readonly group: MenuGroup };
  /**
   * The shortcut a native menu shows on one platform when it is not the first of `shortcut`
   * (Windows' Redo is Ctrl+Y); null: no accelerator there (Backspace must stay a text key on macOS).
   */
  readonly menuShortcut?: { readonly [P in MenuPlatform]?: string | null };
  /** A button on the browser's File bar (the desktop has the native File menu instead). */
  readonly fileBar?: boolean;
  /** False: not offered in the command palette (the palette's own opener). */
  readonly palette?: boolean;
}

const file = (group: MenuGroup) => ({ in: 'file', group }) as const;
const edit = (group: MenuGroup) => ({ in: 'edit', group }) as const;
const map = (group: MenuGroup) => ({ in: 'map', group }) as const;
const view = (group: MenuGroup) => ({ in: 'view', group }) as const;

/** Every action of the app, in the order menus and the palette list them. */
export const ACTIONS = {
  'file.new': { label: 'New Map', shortcut: 'Mod+N', inFields: true, menu: file('open'), fileBar: true },
  'file.open': { label: 'Open…', shortcut: 'Mod+O', inFields: true, menu: file('open'), fileBar: true },
  'file.save': { label: 'Save', shortcut: 'Mod+S', inFields: true, menu: file('save'), fileBar: true },
  'file.saveAs': { label: 'Save As…', shortcut: 'Mod+Shift+S', inFields: true, menu: file('save'), fileBar: true },
  'file.export': { label: 'Export…', shortcut: 'Mod+E', inFields: true, menu: file('save') },
  'file.mergeCopy': { label: 'Merge Another Copy…', menu: file('copies'), fileBar: true },
  'review.import': { label: 'Import Review…', menu: file('copies'), fileBar: true },
  'file.importPostings': { label: 'Import Job Postings…', keywords: ['labour market', 'jobs', 'demand', 'evidence'], menu: file('copies') },
  'file.import': { label: 'Import skills…' },
  'file.importRows': { label: 'Import outcomes, assessments or activities…' },
  'edit.undo': { label: 'Undo', shortcut: 'Mod+Z', inFields: true, menu: edit('history') },
  'edit.redo': { label: 'Redo', shortcut: ['Mod+Shift+Z', 'Mod+Y'], inFields: true, menu: edit('history'), menuShortcut: { win32: 'Mod+Y' } },
  'edit.delete': { label: 'Delete', shortcut: ['Delete', 'Backspace'], menu: edit('selection'), menuShortcut: { darwin: null } },
  'edit.selectAll': { label: 'Select All', shortcut: 'Mod+A', menu: edit('selection') },
  // Copy and Paste are the native Edit menu's roles there (they must work in text fields too).
  'edit.copy': { label: 'Copy', shortcut: 'Mod+C' },
  'edit.paste': { label: 'Paste', shortcut: 'Mod+V' },
  'edit.find': { label: 'Find…', shortcut: 'Mod+F', inFields: true, menu: edit('find') },
  'create.skill': { label: 'New Skill Requirement', shortcut: 'N S', menu: map('create') },
  'create.outcome': { label: 'New Learning Outcome', shortcut: 'N O', menu: map('create') },
  'create.assessment': { label: 'New Assessment', shortcut: 'N A', menu: map('create') },
  'create.activity': { label: 'New Learning Activity', shortcut: 'N L', menu: map('create') },
  'create.credential': { label: 'New Micro-Credential', shortcut: 'N C', menu: map('create') },
  'create.program': { label: 'New Program', shortcut: 'N P', menu: map('create') },
  'comment.add': { label: 'Add Comment', shortcut: 'Mod+Alt+M', inFields: true, menu: map('annotate') },
  'link.to': { label: 'Link to…', shortcut: 'Mod+Shift+K', keywords: ['connect', 'link', 'relate'], menu: map('annotate') },
  'revision.mark': { label: 'Mark Revision…', menu: map('revision') },
  'approval.record': { label: 'Record Approval Step…' },
  'layout.auto': { label: 'Tidy Layout', shortcut: 'Mod+Shift+L', menu: map('layout') },
  'view.focusCredential': { label: 'Focus on Credential…', shortcut: 'Mod+Shift+F', menu: map('layout') },
  'view.zoomIn': { label: 'Zoom In', shortcut: 'Mod+=', menu: view('zoom') },
  'view.zoomOut': { label: 'Zoom Out', shortcut: 'Mod+-', menu: view('zoom') },
  'view.fit': { label: 'Fit Map', shortcut: ['Mod+0', 'Shift+1'], menu: view('zoom') },
  'revision.panel': { label: 'Revisions', menu: view('panels') },
  'review.panel': { label: 'Review', menu: view('panels') },
  'view.suggestedLinks': { label: 'Show Suggested Links', shortcut: 'Mod+Shift+G', keywords: ['ghost', 'recommend', 'match', 'suggest'], menu: view('panels') },
  'view.nextPane': { label: 'Next Pane', shortcut: 'F6', inFields: true },
  'view.previousPane': { label: 'Previous Pane', shortcut: 'Shift+F6', inFields: true },
  'app.palette': { label: 'Command Palette…', shortcut: 'Mod+K', inFields: true, palette: false },
} as const satisfies Record<string, ActionSpec>;

/** The id of a declared action: a typo is a compile error. */
export type ActionId = keyof typeof ACTIONS;

/** Every action id, in catalogue order. */
export const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];

export function isActionId(id: string): id is ActionId {
  return Object.hasOwn(ACTIONS, id);
}

/** The declaration of an action, read through the common shape. */
export function actionSpec(id: ActionId): ActionSpec {
  return ACTIONS[id];
}

/** All shortcuts of an action, the shown one first. */
export function shortcutsOf(spec: Pick<ActionSpec, 'shortcut'>): readonly string[] {
  return spec.shortcut === undefined ? [] : typeof spec.shortcut === 'string' ? [spec.shortcut] : spec.shortcut;
}

/** The shortcut shown for an action, if any. */
export function primaryShortcut(spec: Pick<ActionSpec, 'shortcut'>): string | undefined {
  return shortcutsOf(spec)[0];
}

/**
 * The shortcut a native menu shows for an action on `platform` (in the catalogue's
 * `Mod+…` syntax), or undefined for none.
 */
export function menuShortcut(id: ActionId, platform: string): string | undefined {
  const spec = actionSpec(id);
  const override = spec.menuShortcut?.[platform as MenuPlatform];
  return override === null ? undefined : (override ?? primaryShortcut(spec));
}

/** The actions in one group of a native menu, in catalogue order. */
export function menuGroup(menu: MenuName, group: MenuGroup): ActionId[] {
  return ACTION_IDS.filter((id) => {
    const spec = actionSpec(id);
    return spec.menu?.in === menu && spec.menu.group === group;
  });
}

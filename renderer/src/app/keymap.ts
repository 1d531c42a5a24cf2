import type { KnownActionId } from './actions';

/**
 * The default shortcut and menu label of every known action: one table for the renderer's
 * action definitions and for the native menus (convert with `toAccelerator` from
 * ./shortcuts). Pure data, no DOM, so the Electron main process may import it too.
 */
export const KEYMAP: { readonly [Id in KnownActionId]: { label: string; shortcut?: string | readonly string[] } } = {
  'file.new': { label: 'New Map', shortcut: 'Mod+N' },
  'file.open': { label: 'Open…', shortcut: 'Mod+O' },
  'file.save': { label: 'Save', shortcut: 'Mod+S' },
  'file.saveAs': { label: 'Save As…', shortcut: 'Mod+Shift+S' },
  'file.export': { label: 'Export…', shortcut: 'Mod+E' },
  'file.mergeCopy': { label: 'Merge Another Copy…' },
  'edit.undo': { label: 'Undo', shortcut: 'Mod+Z' },
  'edit.redo': { label: 'Redo', shortcut: ['Mod+Shift+Z', 'Mod+Y'] },
  'edit.delete': { label: 'Delete', shortcut: ['Delete', 'Backspace'] },
  'edit.selectAll': { label: 'Select All', shortcut: 'Mod+A' },
  'edit.copy': { label: 'Copy', shortcut: 'Mod+C' },
  'edit.paste': { label: 'Paste', shortcut: 'Mod+V' },
  'edit.find': { label: 'Find…', shortcut: 'Mod+F' },
  'view.zoomIn': { label: 'Zoom In', shortcut: 'Mod+=' },
  'view.zoomOut': { label: 'Zoom Out', shortcut: 'Mod+-' },
  'view.fit': { label: 'Fit Map', shortcut: ['Mod+0', 'Shift+1'] },
  'view.focusCredential': { label: 'Focus on Credential…', shortcut: 'Mod+Shift+F' },
  'create.skill': { label: 'New Skill Requirement', shortcut: 'N S' },
  'create.outcome': { label: 'New Learning Outcome', shortcut: 'N O' },
  'create.assessment': { label: 'New Assessment', shortcut: 'N A' },
  'create.activity': { label: 'New Learning Activity', shortcut: 'N L' },
  'create.credential': { label: 'New Micro-Credential', shortcut: 'N C' },
  'create.program': { label: 'New Program', shortcut: 'N P' },
  'layout.auto': { label: 'Tidy Layout', shortcut: 'Mod+Shift+L' },
  'link.to': { label: 'Link to…', shortcut: 'Mod+Shift+K' },
  'view.suggestedLinks': { label: 'Show Suggested Links', shortcut: 'Mod+Shift+G' },
  'comment.add': { label: 'Add Comment', shortcut: 'Mod+Alt+M' },
  'revision.mark': { label: 'Mark Revision…' },
  'revision.panel': { label: 'Revisions' },
  'review.import': { label: 'Import Review…' },
  'review.panel': { label: 'Review' },
};

/** Actions whose shortcut also works while typing in a field. */
export const WORKS_IN_FIELDS: ReadonlySet<KnownActionId> = new Set(['file.new', 'file.open', 'file.save', 'file.saveAs', 'file.export', 'edit.find', 'edit.undo', 'edit.redo', 'comment.add']);

/** A known action's declared parts (label, shortcut, inFields) to spread into its definition. */
export function keyed(id: KnownActionId): { id: KnownActionId; label: string; shortcut?: string | readonly string[]; inFields: boolean } {
  return { id, ...KEYMAP[id], inFields: WORKS_IN_FIELDS.has(id) };
}

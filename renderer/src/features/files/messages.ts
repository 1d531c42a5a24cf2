import type { Carried } from '../../../../shared/model';
import type { Repair } from '../../../../shared/format';
import type { DocumentSource, MergeReport } from '../../../../shared/ipc';
import { mergeNotice, type ChangeSummary, type Conflict } from '../../../../shared/merge';
import type { CollaborationStore } from '../collaboration/collaborationStore';
import type { Notice } from './fileState';

/**
 * A failure as a sentence for the user: the message of an Error (our hosts word them for
 * people), never a stack; anything else as plain text.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    // Electron prefixes rejected invokes with its own plumbing; the user needs only our part.
    const text = error.message.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
    return text || 'Something went wrong.';
  }
  return typeof error === 'string' ? error : 'Something went wrong.';
}

/** "14:02" today, else "3 Mar, 14:02", in the user's locale. */
export function formatTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString() ? time : `${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/** What a save merged in from someone else's save: "Merged 4 changes from Ana Lopez", one line per change, conflicts counted. */
export function describeMerge(report: MergeReport): { text: string; details: string[]; who: string } {
  const notice = mergeNotice(report.changes, report.conflicts);
  const merged = notice.headline ? `Someone else had saved this map meanwhile. ${notice.headline}.` : 'Someone else had saved this map; it was merged with your changes.';
  return { text: [merged, notice.conflictLine].filter(Boolean).join(' '), details: [...notice.shortLines], who: notice.who };
}

/** What Merge Another Copy brought in from the copy `name`: "Merged 3 changes from Ana Lopez in “copy.mcred”." */
export function describeMergedCopy(name: string, changes: readonly ChangeSummary[], conflicts: readonly Conflict[]): { text: string; details: string[] } {
  const notice = mergeNotice(changes, conflicts);
  const merged = notice.headline ? `${notice.headline} in “${name}”.` : `Merged “${name}”.`;
  return { text: [merged, notice.conflictLine, 'Save to keep the result; Undo takes it back.'].filter(Boolean).join(' '), details: [...notice.shortLines] };
}

/** One repair as a line: what was changed, then where (path and line). */
export function describeRepair(r: Repair): string {
  return `${r.message[0]!.toUpperCase()}${r.message.slice(1)} (${r.path}${r.line === undefined ? '' : `, line ${r.line}`}).`;
}

/** Said once a repaired map is open: nothing is on disk yet, and the save keeps the original. */
export function repairedNotice(source: DocumentSource, count: number): string {
  const name = source.kind === 'file' ? (source.path.split(/[\\/]/).pop() ?? source.path) : 'the file';
  return `Repaired ${count} ${count === 1 ? 'problem' : 'problems'}. Nothing is written until you save; saving keeps the damaged file as “${name}.bak”.`;
}

/** Said when a map from a newer app opens: nothing it added is lost. */
export function newerFormatNotice(carried: Carried): string {
  const n = carried.fields.length;
  return `This map was saved by a newer version of Micro-Credential Studio (file format ${carried.schemaVersion}). It opens here; the ${n} part${n === 1 ? '' : 's'} this version does not know ${n === 1 ? 'is' : 'are'} kept and saved back unchanged. Update the app to edit ${n === 1 ? 'it' : 'them'}.`;
}

/** The notice's "Review conflicts" button, when a merge left any. */
export function reviewAction(collab: Pick<CollaborationStore, 'setPanelOpen'>, conflicts: number): Notice['action'] {
  return conflicts > 0 ? { label: conflicts === 1 ? 'Review conflict' : `Review ${conflicts} conflicts`, run: () => collab.setPanelOpen(true) } : undefined;
}

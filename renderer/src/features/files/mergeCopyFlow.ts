import type { CopyResult } from '../../../../shared/ipc';
import { mergeDocuments } from '../../../../shared/merge';
import type { FileContext } from './fileContext';
import { describeMergedCopy, reviewAction } from './messages';

/**
 * File ▸ Merge Another Copy…: reads a copy of the map (a sync client's conflicted copy,
 * an e-mailed file) and merges it into the open map as one undoable step. Conflicts go to
 * the review panel; nothing is saved until the user saves.
 */
export async function mergeCopy(ctx: FileContext): Promise<void> {
  const session = ctx.current();
  if (!session) return;
  const { map } = session;
  const stillShown = () => ctx.current() === session;
  await ctx.ui.guard(async () => {
    let outcome: CopyResult;
    if (ctx.ui.getState().host?.nativeDialogs) outcome = await ctx.api.readDocumentCopy({});
    else {
      const choice = await ctx.ui.askPath('mergeCopy');
      if (!choice) return;
      outcome = await ctx.api.readDocumentCopy({ path: choice.path });
    }
    if (outcome.status === 'cancelled' || !stillShown()) return;
    if (outcome.status === 'failed') return ctx.ui.showProblems(outcome.path, outcome.problems);
    const name = outcome.path.split(/[\\/]/).pop() ?? outcome.path;
    const local = map.store.getState().doc;
    if (outcome.doc.id !== local.id) {
      const answer = await ctx.ui.askChoice(`“${name}” is a different map`, `“${outcome.doc.settings.title}” is not a copy of “${local.settings.title}”. Merging it adds all of its records to this map.`, [
        { id: 'merge', label: 'Merge Anyway' },
        { id: 'cancel', label: 'Cancel', tone: 'primary' },
      ]);
      if (answer !== 'merge' || !stillShown()) return;
    }
    const merge = mergeDocuments(map.store.getState().doc, outcome.doc);
    if (!map.store.applyMerged(merge.doc, `Merge “${name}”`)) {
      ctx.ui.notify('info', `“${name}” has nothing this map does not already have.`);
      return;
    }
    ctx.collab.addConflicts(merge.conflicts, `the copy “${name}”`, map.store.getState().doc);
    const { text, details } = describeMergedCopy(name, merge.changes.fromB, merge.conflicts);
    ctx.ui.notify('success', text, details, reviewAction(ctx.collab, merge.conflicts.length));
  });
}

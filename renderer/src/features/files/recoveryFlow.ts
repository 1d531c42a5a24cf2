import { mergeDocuments } from '../../../../shared/merge';
import type { FileContext } from './fileContext';
import { formatTime } from './messages';

/**
 * Puts back the unsaved work of a session that ended without saving (a crash). Not an
 * undo step: the restored map is unsaved, and Save keeps it.
 */
export async function restoreRecovery(ctx: FileContext, id: string): Promise<void> {
  const session = ctx.current();
  if (!session) return;
  const { map } = session;
  await ctx.ui.guard(async () => {
    const result = await ctx.api.restoreRecovery({ id, adoptAs: map.sessionId });
    ctx.ui.set({ recovery: ctx.ui.getState().recovery.filter((r) => r.id !== id) });
    if (!result.ok) return ctx.ui.notify('error', result.message);
    const { saved } = map.store.getState();
    // Someone may have saved the file since the crash: merge, so their work is kept too.
    const doc = map.source.kind === 'file' ? mergeDocuments(result.doc, saved).doc : result.doc;
    if (map.source.kind === 'example') map.source = { kind: 'untitled' };
    session.restored = true;
    session.autosaver.markWritten();
    map.store.replaceFromRemote(doc, saved);
    ctx.ui.set({ source: map.source, recovery: [] });
    ctx.ui.notify('success', `Restored your unsaved changes from ${formatTime(result.info.savedAt)}. Save to keep them.`);
  });
}

/** Drops an offered recovery copy. */
export async function discardRecovery(ctx: FileContext, id: string): Promise<void> {
  await ctx.ui.guard(async () => {
    await ctx.api.discardRecovery({ id });
    ctx.ui.set({ recovery: ctx.ui.getState().recovery.filter((r) => r.id !== id) });
  });
}

import type { SaveResult } from '../../../../shared/ipc';
import { makeId, type McredDocument, type Save } from '../../../../shared/model';
import type { FileContext } from './fileContext';
import type { MapSession } from './mapSession';
import { describeMerge, reviewAction } from './messages';
import { applySaved } from './openMap';
import { secureRandom } from './randomIds';

/** Saves over the map's own file; maps without one (or read-only ones) go to Save As. */
export async function save(ctx: FileContext): Promise<boolean> {
  const session = ctx.current();
  if (!session) return false;
  const { map } = session;
  const source = map.source;
  if (source.kind !== 'file' || source.readOnly) return saveAs(ctx);
  return ctx.ui.busy('Saving…', () =>
    ctx.exclusive(async () => {
      // A check that ran just before may have merged someone's save and moved the base.
      const current = map.source.kind === 'file' ? map.source : source;
      const { doc } = map.store.getState();
      const result = await ctx.api.saveDocument({ doc, path: current.path, baseHash: current.hash, save: saveRecord(session), sessionId: map.sessionId });
      return afterSave(ctx, session, doc, result);
    }),
  );
}

export async function saveAs(ctx: FileContext): Promise<boolean> {
  const session = ctx.current();
  if (!session) return false;
  const { map } = session;
  const { doc } = map.store.getState();
  const save = saveRecord(session);
  if (ctx.ui.getState().host?.nativeDialogs) {
    return ctx.ui.busy('Saving…', () => ctx.exclusive(async () => afterSave(ctx, session, doc, await ctx.api.saveDocumentAs({ doc, save, sessionId: map.sessionId }), true)));
  }
  const choice = await ctx.ui.askPath('saveAs', `${doc.settings.title}.mcred`);
  if (!choice) return false;
  return ctx.ui.busy('Saving…', () =>
    ctx.exclusive(async () => {
      const request = { doc, path: choice.path, save, sessionId: map.sessionId };
      let result = await ctx.api.saveDocumentAs({ ...request, overwrite: false });
      if (!result.ok && result.code === 'exists') {
        const answer = await ctx.ui.askChoice('Replace the existing file?', result.message, [
          { id: 'replace', label: 'Replace', tone: 'danger' },
          { id: 'cancel', label: 'Cancel' },
        ]);
        if (answer !== 'replace') return false;
        result = await ctx.api.saveDocumentAs({ ...request, overwrite: true });
      }
      return afterSave(ctx, session, doc, result, true);
    }),
  );
}

/** Asks whether to save a dirty map before it is replaced. True: go ahead. */
export async function confirmDiscard(ctx: FileContext): Promise<boolean> {
  const map = ctx.current()?.map;
  if (!map || !map.store.isDirty()) return true;
  const title = map.store.getState().doc.settings.title;
  const answer = await ctx.ui.askChoice(
    `Save changes to “${title}”?`,
    `Do you want to save the changes you made to “${title}”?`,
    [
      { id: 'save', label: 'Save', tone: 'primary' },
      { id: 'discard', label: "Don't Save", tone: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    "Your changes will be lost if you don't save them.",
  );
  if (answer === 'save') return save(ctx);
  return answer === 'discard';
}

/** A record of this save, so two copies can later find their last common save (none when nothing changed). */
function saveRecord(session: MapSession): Save | undefined {
  const { store } = session.map;
  return store.isDirty() ? { id: makeId('save', secureRandom), stamp: store.nextStamp() } : undefined;
}

function afterSave(ctx: FileContext, session: MapSession, sent: McredDocument, result: SaveResult, savedAs = false): boolean {
  const { map } = session;
  if (!result.ok) {
    if (result.code === 'cancelled') return false;
    if ((result.code === 'permission' || result.code === 'read-only') && map.source.kind === 'file') session.setSource({ ...map.source, readOnly: true });
    // Another save holds the file's lock: the edits stay unsaved here, and saving again later retries.
    ctx.ui.notify('error', result.message, undefined, result.code === 'busy' ? { label: 'Save again', run: () => void save(ctx) } : undefined);
    return false;
  }
  applySaved(map.store, sent, result.saveRecord, result.merged?.doc);
  session.setSource({ kind: 'file', path: result.path, hash: result.hash });
  if (ctx.current() === session) void session.sync.follow();
  if (result.merged) {
    ctx.collab.addConflicts(result.merged.conflicts, `${describeMerge(result.merged).who}'s save`, map.store.getState().doc);
    const { text, details } = describeMerge(result.merged);
    ctx.ui.notify('info', text, details, reviewAction(ctx.collab, result.merged.conflicts.length));
  } else if (savedAs) ctx.ui.notify('success', `Saved as ${result.path}`);
  return true;
}

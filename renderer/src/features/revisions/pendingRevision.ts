import { applyCommand } from '../../../../shared/commands';
import type { Identity } from '../../../../shared/ipc';
import type { McredDocument } from '../../../../shared/model';
import type { DocumentStore } from '../../store';
import { ensurePerson } from '../advisor/edits';
import { REVISION_LABELS, revisionCall, type Env } from './model/calls';

/** A revision tried on a copy of the map: the copy to export, and the step to take once the export is written. */
export interface PendingRevision {
  id: string;
  /** The map with the revision in it (what the exported document records). */
  doc: McredDocument;
  /** Records the revision in the open map as one undoable step; a message when refused. */
  commit(): string | undefined;
}

/**
 * "Record this export as a revision": the exported document must name a revision that is in
 * the map, so the revision is made first — on a copy. Only when the file is written does the
 * same step go into the open map (same id, same moment), so a cancelled or failed export
 * leaves no revision claiming something was sent.
 */
export function prepareRevision(store: DocumentStore, identity: Identity, name: string, env: Env): { ok: true; pending: PendingRevision } | { ok: false; message: string } {
  ensurePerson(store, identity);
  const built = revisionCall(name, identity.personId, env);
  if (!built.ok) return built;
  const tried = applyCommand(store.getState().doc, built.call, { stamp: store.nextStamp() });
  if (!tried.ok) return { ok: false, message: `The revision cannot be recorded: ${tried.refusal.message}.` };
  const commit = () => store.dispatch(built.call, { label: REVISION_LABELS.export })?.message;
  return { ok: true, pending: { id: built.id, doc: tried.doc, commit } };
}

import type { DocumentSource, Identity } from '../../../../shared/ipc';
import { mergeDocuments } from '../../../../shared/merge';
import { PROVISIONAL_AUTHOR, type McredDocument, type Person, type Save } from '../../../../shared/model';
import { DocumentStore, SessionStore } from '../../store';
import { makeReplicaId } from './randomIds';

/** Stamps edits made before the user has said who they are (`personLabel` names it in words). */
export { PROVISIONAL_AUTHOR };

/** One map open in this window: its stores, where it came from, and its editing session. */
export interface OpenMap {
  store: DocumentStore;
  session: SessionStore;
  source: DocumentSource;
  /** Names this session's clock replica and its recovery copy ([a-z0-9]{8}). */
  sessionId: string;
  /** Changes whenever another map is shown, so the workspace below starts afresh. */
  key: string;
}

export function openMap(doc: McredDocument, source: DocumentSource, identity: Identity | null): OpenMap {
  const sessionId = makeReplicaId();
  const store = new DocumentStore(doc, identity?.personId ?? PROVISIONAL_AUTHOR, sessionId);
  return { store, session: new SessionStore(), source, sessionId, key: sessionId };
}

/**
 * Makes a just-opened map unsaved (a repaired one: what is on disk is still the damaged
 * file, and nothing is written until the user saves). Outside the undo history.
 */
export function markUnsaved(store: DocumentStore): void {
  const { doc } = store.getState();
  store.replaceFromRemote({ ...doc }, doc);
}

/** The user as a person record of the map. */
export function personOf(identity: Identity): Person {
  return { id: identity.personId, name: identity.name, role: 'designer', ...(identity.organisation ? { organisation: identity.organisation } : {}) };
}

export function withSaveRecord(doc: McredDocument, save: Save): McredDocument {
  return { ...doc, saves: { ...doc.saves, [save.id]: save } };
}

/**
 * Brings the store up to date after a save of `sent`. The user may have kept editing while
 * it was on its way: those edits stay, on top of what was saved (and of anything merged in
 * from someone else's save), and the map stays dirty for them.
 */
export function applySaved(store: DocumentStore, sent: McredDocument, saveRecord: Save | undefined, merged: McredDocument | undefined): void {
  const onDisk = merged ?? (saveRecord ? withSaveRecord(sent, saveRecord) : sent);
  const current = store.getState().doc;
  if (current === sent) {
    if (onDisk === sent) store.markSaved(sent);
    else store.replaceFromRemote(onDisk, onDisk);
    return;
  }
  const local = saveRecord ? withSaveRecord(current, saveRecord) : current;
  store.replaceFromRemote(merged ? mergeDocuments(local, merged).doc : local, onDisk);
}

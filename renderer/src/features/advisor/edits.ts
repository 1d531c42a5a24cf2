import type { CommandCall } from '../../../../shared/commands';
import type { Identity } from '../../../../shared/ipc';
import type { DocumentStore } from '../../store';
import { personOf } from '../files/openMap';

/**
 * Makes sure the user is a person of the map before they comment or endorse (both commands
 * refuse an author the map does not know). Like the files feature's `stampAuthor`, this
 * is outside the undo history: undoing the comment must not also take the user out of the
 * map, and a later "Undo" must not stop at an invisible step.
 */
export function ensurePerson(store: DocumentStore, identity: Identity): void {
  const { doc } = store.getState();
  if (doc.people[identity.personId]) return;
  store.dispatchOutsideHistory({ name: 'person.upsert', payload: { person: personOf(identity) } });
}

/** Runs one advisor command as the user, as one undoable step; returns a message when refused. */
export function runAsUser(store: DocumentStore, identity: Identity, call: CommandCall, label: string): string | undefined {
  ensurePerson(store, identity);
  return store.dispatch(call, { label })?.message;
}

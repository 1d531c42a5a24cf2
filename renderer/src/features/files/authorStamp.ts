import type { Identity } from '../../../../shared/ipc';
import type { DocumentStore } from '../../store';
import { personOf } from './openMap';

/**
 * Adds (or updates) the user among the map's people once they have edited it, so that
 * their stamps have a name. A local command (`person.upsert`) outside the undo history:
 * a person is attribution, not content — undoing it would mark the person deleted while
 * their stamps stay, and undoing the user's first edit must not first "undo" them out of
 * the map. Never a remote replacement.
 */
export function stampAuthor(store: DocumentStore, identity: Identity): void {
  const { doc, version } = store.getState();
  if (version === 0 || !store.isDirty()) return;
  const person = personOf(identity);
  const known = doc.people[person.id];
  if (known && known.name === person.name && known.organisation === person.organisation) return;
  store.dispatchOutsideHistory({ name: 'person.upsert', payload: { person: known ? { ...known, ...person, role: known.role } : person } });
}

/**
 * Stamps the author after each change of the map, once that change's own notification
 * has finished (a microtask later), so the stamp never runs inside another listener.
 * Returns the stop function.
 */
export function followAuthor(store: DocumentStore, identity: () => Identity | null | undefined): () => void {
  let queued = false;
  let live = true;
  const off = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const who = identity();
      if (live && who) stampAuthor(store, who);
    });
  });
  return () => {
    live = false;
    off();
  };
}

import { describe, expect, it, vi } from 'vitest';
import { followAuthor, stampAuthor } from '../../../renderer/src/features/files/authorStamp';
import { DocumentStore } from '../../../renderer/src/store';
import { ME, sampleMap } from './support/fakeHost';

const rename = { name: 'entity.update', payload: { id: 'sk_triage', changes: { statement: 'Triage security alerts' } } } as const;

describe('the author stamp', () => {
  it('names the user in the map after their first edit: a local command outside the undo history, never a remote replacement', async () => {
    const store = new DocumentStore(sampleMap(), ME.personId, 'me000001');
    const remote = vi.spyOn(store, 'replaceFromRemote');
    const stop = followAuthor(store, () => ME);
    expect(store.dispatch(rename, { label: 'Rename skill' })).toBeUndefined();
    // Not inside the edit's own notification: the stamp comes once it is over.
    expect(store.getState().doc.people[ME.personId]).toBeUndefined();
    await Promise.resolve();
    expect(store.getState().doc.people[ME.personId]).toEqual({ id: 'pe_me', name: 'Mere Tane', organisation: 'Polytechnic', role: 'designer' });
    expect(store.getState().doc.meta.stamps[ME.personId]?.name).toMatch(/@pe_me$/);
    expect(remote).not.toHaveBeenCalled();
    // Not an undo step: one undo takes back the edit, the map is clean again, the user stays named.
    expect(store.getState().undoLabel).toBe('Rename skill');
    expect(store.undo()).toBe(true);
    expect(store.getState()).toMatchObject({ canUndo: false, dirty: false });
    expect(store.getState().doc.entities.sk_triage).toMatchObject({ statement: 'Triage alerts' });
    expect(store.getState().doc.people[ME.personId]).toMatchObject({ name: 'Mere Tane' });
    stop();
  });

  it('adds nothing to an untouched map, and after stop nothing at all', async () => {
    const store = new DocumentStore(sampleMap(), ME.personId, 'me000001');
    stampAuthor(store, ME);
    expect(store.getState().version).toBe(0);
    const stop = followAuthor(store, () => ME);
    stop();
    store.dispatch(rename);
    await Promise.resolve();
    expect(store.getState().doc.people[ME.personId]).toBeUndefined();
  });

  it('updates the name the user gave later, keeping the role the map gave them', async () => {
    const store = new DocumentStore(sampleMap(), ME.personId, 'me000001');
    store.dispatch(rename);
    stampAuthor(store, ME);
    store.dispatch({ name: 'person.upsert', payload: { person: { id: ME.personId, name: 'Mere Tane', organisation: 'Polytechnic', role: 'reviewer' } } });
    stampAuthor(store, { ...ME, name: 'Mere Tane-Ruru' });
    expect(store.getState().doc.people[ME.personId]).toMatchObject({ name: 'Mere Tane-Ruru', role: 'reviewer' });
  });
});

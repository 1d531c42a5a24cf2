import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { createSampleDocument } from '../../../shared/sample';
import type { Outcome } from '../../../shared/model';

function storeWithSample() {
  let t = 1_800_000_000_000;
  const store = new DocumentStore(createSampleDocument(), 'pe_tester', 'tst00001', () => (t += 10));
  const outcome = Object.values(store.getState().doc.entities).find((e): e is Outcome => e.kind === 'outcome')!;
  const rewrite = (statement: string, coalesceKey?: string) =>
    store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement } } }, { coalesceKey });
  return { store, rewrite, advance: (ms: number) => (t += ms) };
}

describe('document store: unsaved changes', () => {
  it('is clean again when undo leads back to the state as loaded, and dirty when redo leaves it', () => {
    const { store, rewrite } = storeWithSample();
    rewrite('Design a segmented network');
    rewrite('Design a segmented network for a campus');
    expect(store.isDirty()).toBe(true);
    store.undo();
    expect(store.isDirty()).toBe(true);
    store.undo();
    expect(store.isDirty()).toBe(false);
    expect(store.getState().dirty).toBe(false);
    store.redo();
    expect(store.isDirty()).toBe(true);
  });

  it('is clean when undo or redo leads back to the state last saved', () => {
    const { store, rewrite } = storeWithSample();
    rewrite('First');
    store.markSaved(store.getState().doc);
    expect(store.isDirty()).toBe(false);
    rewrite('Second');
    store.undo();
    expect(store.isDirty()).toBe(false);
    store.undo();
    expect(store.isDirty()).toBe(true);
    store.redo();
    expect(store.isDirty()).toBe(false);
  });

  it('stays dirty when typing after a save is absorbed into the step that was saved', () => {
    const { store, rewrite } = storeWithSample();
    rewrite('Desi', 'statement');
    store.markSaved(store.getState().doc);
    rewrite('Design', 'statement');
    expect(store.isDirty()).toBe(true);
  });

  it('stays dirty when a different edit replaces the undone one', () => {
    const { store, rewrite } = storeWithSample();
    rewrite('First');
    store.undo();
    rewrite('Other');
    expect(store.isDirty()).toBe(true);
  });

  it('counts book-keeping beside an edit (dispatchOutsideHistory) as neither an edit nor a way back to the saved state', () => {
    const { store, rewrite } = storeWithSample();
    rewrite('First');
    const step = store.getState().undoLabel;
    expect(store.dispatchOutsideHistory({ name: 'person.upsert', payload: { person: { id: 'pe_newcomer', name: 'New Comer', role: 'designer' } } })).toBeUndefined();
    expect(store.getState().doc.people.pe_newcomer).toMatchObject({ name: 'New Comer' });
    expect(store.getState().undoLabel).toBe(step);
    expect(store.isDirty()).toBe(true);
    store.undo();
    expect(store.isDirty()).toBe(false);
  });

  it('is dirty after restoring changes that were never saved, until they are saved', () => {
    const { store, rewrite } = storeWithSample();
    const saved = store.getState().doc;
    rewrite('Restored');
    store.load(saved);
    store.replaceFromRemote({ ...saved, people: { ...saved.people } }, saved);
    expect(store.isDirty()).toBe(true);
  });

  it('does not take the oldest state for the saved one once it has left a full history', () => {
    const { store, rewrite } = storeWithSample();
    for (let i = 0; i < 201; i++) rewrite(`Statement ${i}`);
    while (store.undo());
    expect(store.isDirty()).toBe(true);
  });
});

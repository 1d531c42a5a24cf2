import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { serialiseDocument } from '../../../shared/format';
import { createSampleDocument } from '../../../shared/sample';
import { checkReferences } from '../../../shared/format';
import type { Outcome } from '../../../shared/model';

function storeWithSample(start = 1_800_000_000_000) {
  let t = start;
  const store = new DocumentStore(createSampleDocument(), 'pe_tester', 'tst00001', () => (t += 10));
  const outcome = Object.values(store.getState().doc.entities).find((e): e is Outcome => e.kind === 'outcome')!;
  return { store, outcome, advance: (ms: number) => (t += ms) };
}

const content = (doc: ReturnType<DocumentStore['getState']>['doc']) => ({ ...doc, meta: undefined, saves: undefined });

describe('document store: undo and redo', () => {
  it('undoes and redoes an edit, restoring the content exactly and stamping afresh', () => {
    const { store, outcome } = storeWithSample();
    const before = store.getState().doc;
    expect(store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: 'Design a segmented network' } } })).toBeUndefined();
    const edited = store.getState().doc;
    const editStamp = edited.meta.stamps[outcome.id]!.statement!;
    expect(editStamp.endsWith('@pe_tester')).toBe(true);

    expect(store.undo()).toBe(true);
    const undone = store.getState().doc;
    expect(content(undone)).toEqual(content(before));
    expect(undone.meta.stamps[outcome.id]!.statement! > editStamp).toBe(true);

    expect(store.redo()).toBe(true);
    expect((store.getState().doc.entities[outcome.id] as Outcome).statement).toBe('Design a segmented network');
    expect(store.getState().canRedo).toBe(false);
  });

  it('undoes a delete: the entity, its links and its comments come back, without tombstones', () => {
    const { store, outcome } = storeWithSample();
    const before = store.getState().doc;
    store.dispatch({ name: 'entity.delete', payload: { ids: [outcome.id] } });
    expect(store.getState().doc.entities[outcome.id]).toBeUndefined();
    expect(store.getState().doc.meta.tombstones[outcome.id]).toBeDefined();
    store.undo();
    const doc = store.getState().doc;
    expect(content(doc)).toEqual(content(before));
    expect(doc.meta.tombstones[outcome.id]).toBeUndefined();
    expect(checkReferences(doc)).toEqual([]);
    for (const l of Object.values(before.links).filter((l) => l.from === outcome.id || l.to === outcome.id)) {
      expect(doc.meta.tombstones[l.id]).toBeUndefined();
      expect(doc.meta.stamps[l.id]).toBeDefined();
    }
  });

  it('undoes a create by deleting with a tombstone, so merges do not bring it back', () => {
    const { store } = storeWithSample();
    store.dispatch({ name: 'entity.create', payload: { entity: { id: 'sk_new1', kind: 'skill', statement: 'Threat hunting', skillType: 'skill', importance: 'optional' } } });
    store.undo();
    const doc = store.getState().doc;
    expect(doc.entities.sk_new1).toBeUndefined();
    expect(doc.meta.tombstones.sk_new1).toBeDefined();
    expect(doc.meta.stamps.sk_new1).toBeUndefined();
  });

  it('coalesces typing in one field into one step, but not after the field is sealed', () => {
    const { store, outcome } = storeWithSample();
    const original = (store.getState().doc.entities[outcome.id] as Outcome).statement;
    for (const s of ['D', 'De', 'Des', 'Design']) store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: s } } }, { coalesceKey: `${outcome.id}.statement` });
    store.sealHistory();
    store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: 'Design it' } } }, { coalesceKey: `${outcome.id}.statement` });
    store.undo();
    expect((store.getState().doc.entities[outcome.id] as Outcome).statement).toBe('Design');
    store.undo();
    expect((store.getState().doc.entities[outcome.id] as Outcome).statement).toBe(original);
    expect(store.getState().canUndo).toBe(false);
  });

  it('does not coalesce edits far apart in time', () => {
    const { store, outcome, advance } = storeWithSample();
    store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: 'Plan A' } } }, { coalesceKey: 'k' });
    advance(5_000);
    store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: 'Plan B' } } }, { coalesceKey: 'k' });
    store.undo();
    expect((store.getState().doc.entities[outcome.id] as Outcome).statement).toBe('Plan A');
  });

  it('leaves the document and the history alone when a command is refused', () => {
    const { store, outcome } = storeWithSample();
    const before = store.getState();
    const refusal = store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: '' } } });
    expect(refusal?.code).toBe('invalid-value');
    expect(store.getState()).toBe(before);
  });

  it('is dirty after an edit, clean after markSaved, and a new edit clears the redo stack', () => {
    const { store, outcome } = storeWithSample();
    expect(store.isDirty()).toBe(false);
    store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { criteria: 'Graded by rubric' } } });
    expect(store.isDirty()).toBe(true);
    store.markSaved(store.getState().doc);
    expect(store.isDirty()).toBe(false);
    store.undo();
    expect(store.getState().canRedo).toBe(true);
    store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { criteria: 'Other' } } });
    expect(store.getState().canRedo).toBe(false);
  });

  it('stamps later than anything already in the file, even with a slow local clock', () => {
    let t = 0;
    const store = new DocumentStore(createSampleDocument(), 'pe_tester', 'tst00002', () => t++);
    const latest = Object.values(store.getState().doc.meta.stamps).flatMap((f) => Object.values(f)).sort().pop()!;
    expect(store.nextStamp() > latest).toBe(true);
  });

  it('serialises to identical bytes after an edit and its undo, apart from the change stamps', () => {
    const { store, outcome } = storeWithSample();
    const strip = (s: string) => s.slice(0, s.indexOf('"meta"'));
    const before = strip(serialiseDocument(store.getState().doc));
    store.dispatch({ name: 'layout.move', payload: { positions: { [outcome.id]: { x: 12, y: 34 } } } });
    store.undo();
    expect(strip(serialiseDocument(store.getState().doc))).toBe(before);
  });
});

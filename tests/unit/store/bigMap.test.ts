import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { serialiseDocument } from '../../../shared/format';
import { isRecordMap, type Outcome } from '../../../shared/model';
import { generateMap } from '../../../shared/sample/generate';

/**
 * Issue #16 item 10: on a map big enough for its collections to be persistent maps
 * (shared/model/recordMap.ts), typing in a field and dragging a node are still one undo
 * step each, and undo gives back the same content bytes.
 */

function bigStore() {
  let t = 1_800_000_000_000;
  const store = new DocumentStore(generateMap({ seed: 11, entities: 1_500 }), 'pe_tester', 'tst00001', () => (t += 10));
  const doc = store.getState().doc;
  const outcome = Object.values(doc.entities).find((e): e is Outcome => e.kind === 'outcome')!;
  return { store, outcome };
}

/** The file up to its change stamps: undo restamps, so only the content must come back byte for byte. */
const content = (store: DocumentStore) => {
  const text = serialiseDocument(store.getState().doc);
  return text.slice(0, text.indexOf('"meta"'));
};

describe('document store on a big map (persistent maps)', () => {
  it('typing in one field is one undo step, and undo gives back the same bytes', () => {
    const { store, outcome } = bigStore();
    const before = content(store);
    for (const s of ['A', 'An', 'Ana', 'Analyse']) store.dispatch({ name: 'entity.update', payload: { id: outcome.id, changes: { statement: s } } }, { coalesceKey: `${outcome.id}.statement` });
    const typed = content(store);
    expect(isRecordMap(store.getState().doc.entities)).toBe(true);
    expect((store.getState().doc.entities[outcome.id] as Outcome).statement).toBe('Analyse');
    store.undo();
    expect(store.getState().canUndo).toBe(false);
    expect(content(store)).toBe(before);
    store.redo();
    expect(content(store)).toBe(typed);
  });

  it('a drag (one move per frame) is one undo step, and undo puts the node back', () => {
    const { store, outcome } = bigStore();
    const before = content(store);
    const start = store.getState().doc.layout[outcome.id]!;
    for (let i = 1; i <= 5; i++) store.dispatch({ name: 'layout.move', payload: { positions: { [outcome.id]: { x: start.x + i * 10, y: start.y + i * 5 } } } }, { coalesceKey: 'drag' });
    expect(isRecordMap(store.getState().doc.layout)).toBe(true);
    expect(store.getState().doc.layout[outcome.id]).toEqual({ x: start.x + 50, y: start.y + 25 });
    store.undo();
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().doc.layout[outcome.id]).toEqual(start);
    expect(content(store)).toBe(before);
  });
});

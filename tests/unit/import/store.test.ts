import { describe, expect, it } from 'vitest';
import { buildImportPayload, parseImport, planImport } from '../../../shared/import';
import { DocumentStore } from '../../../renderer/src/store';
import { AUTHOR, makeMap, makeSkill } from '../../helpers/builders';
import { seededRandom } from '../cli/support/runCli';
import { fixtureBytes } from './support';

describe('the wizard path through the document store', () => {
  it('parses, applies one command and one undo removes every imported skill', () => {
    const existing = makeSkill({ id: 'sk_sql', statement: 'SQL' });
    const doc = makeMap({ entities: [existing] });
    const store = new DocumentStore(doc, AUTHOR.id, 'replica1', () => Date.UTC(2026, 0, 1));
    const parsed = parseImport(fixtureBytes('employer.csv'), 'csv');
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = planImport(store.getState().doc, parsed.skills);
    expect([plan.added.length, plan.duplicates.length]).toEqual([2, 1]);
    const payload = buildImportPayload(store.getState().doc, plan, seededRandom(3));
    expect(store.dispatch({ name: 'skill.import', payload }, { label: 'Import 2 skills' })).toBeUndefined();
    const after = store.getState();
    expect(Object.values(after.doc.entities).filter((e) => e.kind === 'skill')).toHaveLength(3);
    expect(after.undoLabel).toBe('Import 2 skills');
    expect(after.doc.entities.sk_sql).toMatchObject({ group: 'Data', statement: 'SQL' });
    expect(store.undo()).toBe(true);
    const undone = store.getState().doc;
    expect(Object.keys(undone.entities)).toEqual(Object.keys(doc.entities));
    expect(undone.entities.sk_sql).toEqual(existing);
    expect(undone.layout).toEqual(doc.layout);
    expect(store.getState().canUndo).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Credential, Skill } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { classifyOutcome } from '../../../shared/analysis';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { makeBinding } from '../../../renderer/src/features/inspector/commit';
import { ENTITY_FIELDS, SETTINGS_FIELDS } from '../../../renderer/src/features/inspector/model/fieldDescriptors';
import { bloomExplanation, bloomNeedsAttention, derivedLevelLabel } from '../../../renderer/src/features/inspector/model/bloom';

function setUp() {
  let t = 1_800_000_000_000;
  const store = new DocumentStore(createSampleDocument(), 'pe_tester', 'tst00001', () => (t += 100));
  const credential = Object.values(store.getState().doc.entities).find((e): e is Credential => e.kind === 'credential')!;
  const skill = Object.values(store.getState().doc.entities).find((e): e is Skill => e.kind === 'skill')!;
  const bind = (id: string) =>
    makeBinding(
      store,
      id,
      store.getState().doc.entities[id]!,
      ENTITY_FIELDS[store.getState().doc.entities[id]!.kind],
      (d) => d.entities[id],
      (changes) => ({ name: 'entity.update', payload: { id, changes } }),
    );
  return { store, credential, skill, bind, wait: (ms: number) => (t += ms) };
}

const entity = (store: DocumentStore, id: string) => store.getState().doc.entities[id] as Record<string, unknown>;

describe('committing fields from the inspector', () => {
  it('makes a word typed into one field one undo step', () => {
    const { store, credential, bind } = setUp();
    const b = bind(credential.id);
    const before = credential.title;
    for (const text of [`${before} `, `${before} I`, `${before} II`]) expect(b.commit('title', text, 'typing')).toBeUndefined();
    expect(entity(store, credential.id).title).toBe(`${before} II`);
    store.undo();
    expect(entity(store, credential.id).title).toBe(before);
  });

  it('starts a new step in another field, and after a pause', () => {
    const { store, credential, bind, wait } = setUp();
    const b = bind(credential.id);
    b.commit('code', 'A', 'typing');
    b.commit('version', '2.0', 'typing');
    wait(5_000);
    b.commit('version', '2.1', 'typing');
    store.undo();
    expect(entity(store, credential.id).version).toBe('2.0');
    store.undo();
    expect(entity(store, credential.id).version).toBe(credential.version);
    expect(entity(store, credential.id).code).toBe('A');
  });

  it('returns the message of a refused value and leaves the map unchanged', () => {
    const { store, credential, bind } = setUp();
    const before = store.getState().doc;
    expect(bind(credential.id).commit('workloadHours', -5, 'typing')).toBe('Must not be negative');
    expect(store.getState().doc).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });

  it('clears an optional field with null', () => {
    const { store, credential, bind } = setUp();
    expect(bind(credential.id).commit('furtherInformation', null, 'typing')).toBeUndefined();
    expect('furtherInformation' in entity(store, credential.id)).toBe(false);
  });

  it('edits one part of a nested value, keeping the others', () => {
    const { store, skill, bind } = setUp();
    expect(bind(skill.id).commit('source.code', 'X-99', 'typing')).toBeUndefined();
    expect(entity(store, skill.id).source).toEqual({ ...skill.source, code: 'X-99' });
    expect(bind(skill.id).commit('demand.employers', ['Acme Security'], 'immediate')).toBeUndefined();
    expect((entity(store, skill.id).demand as { employers: string[] }).employers).toEqual(['Acme Security']);
  });

  it('creates the house rules with their required parts when the first one is typed', () => {
    const { store } = setUp();
    const b = makeBinding(store, 'map', store.getState().doc.settings, SETTINGS_FIELDS, (d) => d.settings, (changes) => ({ name: 'settings.update', payload: { changes } }));
    expect(b.commit('house.maxCredits', 18, 'typing')).toBeUndefined();
    expect(store.getState().doc.settings.house).toEqual({ name: 'House rules', requiredFields: [], maxCredits: 18 });
  });
});

describe('Bloom level in words', () => {
  it('shows the level derived from the verb, or why there is none', () => {
    expect(derivedLevelLabel(classifyOutcome('Configure SIEM correlation rules'))).toBe('Derived from the verb: Apply');
    expect(derivedLevelLabel(classifyOutcome('Understand firewalls'))).toBe('Derived from the verb: not measurable');
    expect(bloomExplanation(classifyOutcome('Understand firewalls'))).toMatch(/^“understand” cannot be observed or assessed/);
    expect(bloomExplanation(classifyOutcome('Firewalls and routers'))).toMatch(/is not a verb the classifier knows/);
  });

  it('stops asking for a level once it is set by hand, as readiness does, but not for a vague verb', () => {
    const unknown = classifyOutcome('Firewalls and routers');
    expect(bloomExplanation(unknown, 'apply')).toBe('Level set by hand: Apply.');
    expect(bloomNeedsAttention(unknown, 'apply')).toBe(false);
    expect(bloomNeedsAttention(unknown, undefined)).toBe(true);
    expect(bloomExplanation(classifyOutcome('Understand firewalls'), 'apply')).toMatch(/^“understand” cannot be observed/);
    expect(bloomNeedsAttention(classifyOutcome('Understand firewalls'), 'apply')).toBe(true);
  });
});

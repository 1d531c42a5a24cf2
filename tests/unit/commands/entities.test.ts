import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../shared/format';
import {
  ADVISOR,
  apply,
  applyOk,
  makeActivity,
  makeComment,
  makeCredential,
  makeEndorsement,
  makeLink,
  makeMap,
  makeOutcome,
  makeSkill,
  nextStamp,
  refusalOf,
} from '../../helpers/builders';

describe('entity.create', () => {
  it('adds the entity, stamps each of its fields and, with a position, its place on the canvas', () => {
    const skill = makeSkill({ proficiency: 'advanced' });
    const stamp = nextStamp();
    const doc = apply(makeMap(), 'entity.create', { entity: skill, position: { x: 120, y: -40 } }, stamp);
    expect(doc.entities[skill.id]).toEqual(skill);
    expect(doc.layout[skill.id]).toEqual({ x: 120, y: -40 });
    expect(doc.meta.stamps[skill.id]).toEqual({ kind: stamp, statement: stamp, skillType: stamp, importance: stamp, proficiency: stamp, layout: stamp });
  });

  it('leaves the layout alone when no position is given', () => {
    const skill = makeSkill();
    const doc = apply(makeMap(), 'entity.create', { entity: skill });
    expect(doc.layout[skill.id]).toBeUndefined();
    expect(doc.meta.stamps[skill.id]).not.toHaveProperty('layout');
  });

  it('trims a title as the schema does', () => {
    const outcome = makeOutcome({ statement: '  Explain the data pipeline  ' });
    const doc = apply(makeMap(), 'entity.create', { entity: outcome });
    expect(doc.entities[outcome.id]).toMatchObject({ statement: 'Explain the data pipeline' });
  });

  it('refuses an id that is already used, by an entity or by any other record', () => {
    const skill = makeSkill();
    const doc = makeMap({ entities: [skill] });
    expect(refusalOf(doc, 'entity.create', { entity: makeOutcome({ id: skill.id }) })).toMatchObject({ code: 'exists', message: expect.stringContaining(skill.id) });
    expect(refusalOf(doc, 'entity.create', { entity: makeOutcome({ id: ADVISOR.id }) }).code).toBe('exists');
  });

  it('refuses to reuse the id of a deleted entity, so that a merge cannot confuse the two', () => {
    const skill = makeSkill();
    const doc = apply(makeMap({ entities: [skill] }), 'entity.delete', { ids: [skill.id] });
    expect(refusalOf(doc, 'entity.create', { entity: makeSkill({ id: skill.id }) })).toMatchObject({
      code: 'exists',
      message: expect.stringMatching(/deleted record/),
    });
  });

  it('refuses an entity the schema rejects, saying which field', () => {
    const refusal = refusalOf(makeMap(), 'entity.create', { entity: makeActivity({ contactHours: -3 }) });
    expect(refusal.code).toBe('invalid-payload');
    expect(refusal.message).toMatch(/entity\.contactHours: must not be negative/);
  });
});

describe('entity.update', () => {
  it('changes the given fields and stamps only those', () => {
    const credential = makeCredential();
    const doc = makeMap({ entities: [credential] });
    const stamp = nextStamp();
    const next = apply(doc, 'entity.update', { id: credential.id, changes: { title: 'Data Wrangling in Python', eqfLevel: 5 } }, stamp);
    expect(next.entities[credential.id]).toMatchObject({ title: 'Data Wrangling in Python', eqfLevel: 5, version: '1.0' });
    expect(next.meta.stamps[credential.id]).toEqual({ ...doc.meta.stamps[credential.id], title: stamp, eqfLevel: stamp });
  });

  it('clears an optional field given null, and stamps the clearing', () => {
    const skill = makeSkill({ description: 'Missing values, outliers, types.' });
    const stamp = nextStamp();
    const doc = apply(makeMap({ entities: [skill] }), 'entity.update', { id: skill.id, changes: { description: null } }, stamp);
    expect(doc.entities[skill.id]).not.toHaveProperty('description');
    expect(doc.meta.stamps[skill.id]?.description).toBe(stamp);
  });

  it('changes nothing, and stamps nothing, when the values are the ones already there', () => {
    const skill = makeSkill();
    const doc = makeMap({ entities: [skill] });
    const result = applyOk(doc, 'entity.update', { id: skill.id, changes: { statement: skill.statement, description: null } });
    expect(result.doc).toBe(doc);
    expect(result.patches).toEqual([]);
  });

  it('refuses a value the schema rejects, naming the field', () => {
    const activity = makeActivity();
    const doc = makeMap({ entities: [activity] });
    expect(refusalOf(doc, 'entity.update', { id: activity.id, changes: { selfStudyHours: -1 } })).toEqual({
      code: 'invalid-value',
      field: 'selfStudyHours',
      message: 'selfStudyHours: must not be negative',
    });
    expect(refusalOf(doc, 'entity.update', { id: activity.id, changes: { title: '   ' } })).toMatchObject({ code: 'invalid-value', field: 'title' });
  });

  it('refuses to clear a required field', () => {
    const skill = makeSkill();
    expect(refusalOf(makeMap({ entities: [skill] }), 'entity.update', { id: skill.id, changes: { statement: null } })).toMatchObject({ code: 'invalid-value', field: 'statement' });
  });

  it('refuses a field the entity does not have, naming it', () => {
    const skill = makeSkill();
    expect(refusalOf(makeMap({ entities: [skill] }), 'entity.update', { id: skill.id, changes: { eqfLevel: 4 } })).toEqual({
      code: 'invalid-value',
      field: 'eqfLevel',
      message: '"eqfLevel" is not a field of this record',
    });
  });

  it('refuses to change the id or the kind', () => {
    const skill = makeSkill();
    const doc = makeMap({ entities: [skill] });
    expect(refusalOf(doc, 'entity.update', { id: skill.id, changes: { id: 'sk_other' } })).toMatchObject({ code: 'read-only-field', field: 'id' });
    expect(refusalOf(doc, 'entity.update', { id: skill.id, changes: { kind: 'outcome' } })).toMatchObject({ code: 'read-only-field', field: 'kind' });
  });

  it('refuses an entity that does not exist', () => {
    expect(refusalOf(makeMap(), 'entity.update', { id: 'sk_ghost', changes: { statement: 'x' } })).toMatchObject({ code: 'not-found', message: expect.stringContaining('sk_ghost') });
  });
});

describe('entity.delete', () => {
  const skill = makeSkill();
  const outcome = makeOutcome();
  const credential = makeCredential();
  const addresses = makeLink('addresses', skill, outcome);
  const partOf = makeLink('part-of', outcome, credential);
  const onOutcome = makeComment(outcome);
  const reply = makeComment(outcome, { replyTo: onOutcome.id, author: ADVISOR.id, body: 'I think so.' });
  const onLink = makeComment(addresses, { body: 'Mastered, surely?' });
  const onSkill = makeComment(skill);
  const endorsement = makeEndorsement(credential);

  function mapWithEverything() {
    let doc = makeMap({ entities: [skill, outcome, credential], links: [addresses, partOf] });
    doc = apply(doc, 'layout.move', { positions: { [outcome.id]: { x: 10, y: 20 }, [skill.id]: { x: 0, y: 0 } } });
    for (const comment of [onOutcome, reply, onLink, onSkill]) doc = apply(doc, 'comment.add', { comment });
    return apply(doc, 'endorsement.add', { endorsement });
  }

  it('deletes the entity with its links, the comments on both (replies included) and its position', () => {
    const stamp = nextStamp();
    const doc = apply(mapWithEverything(), 'entity.delete', { ids: [outcome.id] }, stamp);
    expect(Object.keys(doc.entities).sort()).toEqual([credential.id, skill.id].sort());
    expect(doc.links).toEqual({});
    expect(Object.keys(doc.comments)).toEqual([onSkill.id]);
    expect(Object.keys(doc.layout)).toEqual([skill.id]);
    for (const id of [outcome.id, addresses.id, partOf.id, onOutcome.id, reply.id, onLink.id]) {
      expect({ id, tombstone: doc.meta.tombstones[id], stamps: doc.meta.stamps[id] }).toEqual({ id, tombstone: stamp, stamps: undefined });
    }
    expect(checkReferences(doc)).toEqual([]);
  });

  it('deletes the endorsements of a deleted credential', () => {
    const stamp = nextStamp();
    const doc = apply(mapWithEverything(), 'entity.delete', { ids: [credential.id] }, stamp);
    expect(doc.endorsements).toEqual({});
    expect(doc.meta.tombstones[endorsement.id]).toBe(stamp);
    expect(Object.keys(doc.links)).toEqual([addresses.id]);
  });

  it('deletes several entities in one command', () => {
    const doc = apply(mapWithEverything(), 'entity.delete', { ids: [skill.id, credential.id, skill.id] });
    expect(Object.keys(doc.entities)).toEqual([outcome.id]);
    expect(doc.links).toEqual({});
    expect(checkReferences(doc)).toEqual([]);
  });

  it('refuses the whole command when one of the entities does not exist', () => {
    const doc = mapWithEverything();
    expect(refusalOf(doc, 'entity.delete', { ids: [skill.id, 'sk_ghost'] })).toMatchObject({ code: 'not-found' });
    expect(doc.entities[skill.id]).toEqual(skill);
  });

  it('refuses an empty list of ids', () => {
    expect(refusalOf(makeMap(), 'entity.delete', { ids: [] }).code).toBe('invalid-payload');
  });
});

describe('layout.move', () => {
  it('places entities and stamps each move as the entity’s layout field', () => {
    const [a, b] = [makeSkill(), makeOutcome()];
    const stamp = nextStamp();
    const doc = apply(makeMap({ entities: [a, b] }), 'layout.move', { positions: { [a.id]: { x: 1.5, y: 2 }, [b.id]: { x: -7, y: 0 } } }, stamp);
    expect(doc.layout).toEqual({ [a.id]: { x: 1.5, y: 2 }, [b.id]: { x: -7, y: 0 } });
    expect([doc.meta.stamps[a.id]?.layout, doc.meta.stamps[b.id]?.layout]).toEqual([stamp, stamp]);
  });

  it('does not restamp an entity that stays where it is', () => {
    const a = makeSkill();
    const first = nextStamp();
    const doc = apply(makeMap({ entities: [a] }), 'layout.move', { positions: { [a.id]: { x: 5, y: 5 } } }, first);
    const again = applyOk(doc, 'layout.move', { positions: { [a.id]: { x: 5, y: 5 } } });
    expect(again.doc).toBe(doc);
    expect(again.doc.meta.stamps[a.id]?.layout).toBe(first);
  });

  it('refuses to place an entity that does not exist, or a position off the canvas', () => {
    const a = makeSkill();
    const doc = makeMap({ entities: [a] });
    expect(refusalOf(doc, 'layout.move', { positions: { sk_ghost: { x: 0, y: 0 } } }).code).toBe('not-found');
    expect(refusalOf(doc, 'layout.move', { positions: { [a.id]: { x: 1e9, y: 0 } } }).code).toBe('invalid-payload');
  });
});

describe('outcome.rewrite', () => {
  it('rewrites an outcome’s statement', () => {
    const outcome = makeOutcome();
    const stamp = nextStamp();
    const doc = apply(makeMap({ entities: [outcome] }), 'outcome.rewrite', { id: outcome.id, statement: 'Evaluate a cleaning strategy' }, stamp);
    expect(doc.entities[outcome.id]).toMatchObject({ statement: 'Evaluate a cleaning strategy' });
    expect(doc.meta.stamps[outcome.id]?.statement).toBe(stamp);
  });

  it('refuses anything that is not an outcome, and an empty statement', () => {
    const [skill, outcome] = [makeSkill(), makeOutcome()];
    const doc = makeMap({ entities: [skill, outcome] });
    expect(refusalOf(doc, 'outcome.rewrite', { id: skill.id, statement: 'x' })).toMatchObject({ code: 'invalid-value', message: expect.stringMatching(/not a learning outcome/) });
    expect(refusalOf(doc, 'outcome.rewrite', { id: outcome.id, statement: '' })).toMatchObject({ code: 'invalid-value', field: 'statement' });
  });
});

import { describe, expect, it } from 'vitest';
import { linkRefusal } from '../../../shared/commands';
import { LINK_RULES, type Entity, type EntityKind, type LinkKind } from '../../../shared/model';
import {
  apply,
  makeActivity,
  makeAssessment,
  makeComment,
  makeCredential,
  makeLink,
  makeMap,
  makeOutcome,
  makeProgram,
  makeSkill,
  nextStamp,
  refusalOf,
} from '../../helpers/builders';

const BUILDERS: Record<EntityKind, () => Entity> = {
  skill: makeSkill,
  outcome: makeOutcome,
  assessment: makeAssessment,
  activity: makeActivity,
  credential: makeCredential,
  program: makeProgram,
};

describe('link.create', () => {
  it.each(Object.entries(LINK_RULES) as [LinkKind, (typeof LINK_RULES)[LinkKind]][])('joins %s links from the kind of entity its rule names to the other', (kind, rule) => {
    const [from, to] = [BUILDERS[rule.from](), BUILDERS[rule.to]()];
    const link = makeLink(kind, from, to);
    const stamp = nextStamp();
    const doc = apply(makeMap({ entities: [from, to] }), 'link.create', { link }, stamp);
    expect(doc.links[link.id]).toEqual(link);
    expect(Object.keys(doc.meta.stamps[link.id] ?? {}).sort()).toEqual(Object.keys(link).filter((k) => k !== 'id').sort());
    expect(Object.values(doc.meta.stamps[link.id] ?? {}).every((s) => s === stamp)).toBe(true);
  });

  it('keeps a link’s own fields: level, order, credits recognised', () => {
    const [outcome, credential, program] = [makeOutcome(), makeCredential(), makeProgram()];
    const partOf = makeLink('part-of', outcome, credential, { order: 3 });
    const stacks = makeLink('stacks-into', credential, program, { creditsRecognised: 7.5 });
    const doc = makeMap({ entities: [outcome, credential, program], links: [partOf, stacks] });
    expect(doc.links[partOf.id]).toMatchObject({ order: 3 });
    expect(doc.links[stacks.id]).toMatchObject({ creditsRecognised: 7.5 });
  });

  it('refuses the wrong kinds of entity, naming the kinds the link joins and the kinds given', () => {
    const [outcome, skill] = [makeOutcome(), makeSkill()];
    const refusal = refusalOf(makeMap({ entities: [outcome, skill] }), 'link.create', { link: makeLink('addresses', outcome, skill) });
    expect(refusal).toEqual({
      code: 'wrong-link-kind',
      message: 'an "addresses" link goes from a skill to an outcome; this would join an outcome to a skill',
    });
  });

  it('refuses to link an entity to itself', () => {
    const credential = makeCredential();
    expect(refusalOf(makeMap({ entities: [credential] }), 'link.create', { link: makeLink('requires', credential, credential) })).toMatchObject({
      code: 'wrong-link-kind',
      message: expect.stringMatching(/itself/),
    });
  });

  it('refuses ends that do not exist, saying which end', () => {
    const outcome = makeOutcome();
    const doc = makeMap({ entities: [outcome] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('addresses', 'sk_ghost', outcome) })).toEqual({ code: 'not-found', message: 'the start "sk_ghost" does not exist' });
    expect(refusalOf(doc, 'link.create', { link: makeLink('assessed-by', outcome, 'as_ghost') })).toEqual({ code: 'not-found', message: 'the end "as_ghost" does not exist' });
  });

  it('refuses a second link of the same kind between the same entities', () => {
    const [skill, outcome] = [makeSkill(), makeOutcome()];
    const doc = makeMap({ entities: [skill, outcome], links: [makeLink('addresses', skill, outcome)] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('addresses', skill, outcome, { level: 'mastered' }) })).toMatchObject({
      code: 'duplicate-link',
      message: `"${skill.statement}" is already linked to "${outcome.statement}"`,
    });
  });

  it('calls a duplicate a duplicate even when an entity’s words suggest another refusal', () => {
    const skill = makeSkill({ statement: 'Draw a circle that does not exist' });
    const outcome = makeOutcome();
    const doc = makeMap({ entities: [skill, outcome], links: [makeLink('addresses', skill, outcome)] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('addresses', skill, outcome) }).code).toBe('duplicate-link');
  });

  it('refuses a prerequisite that would close a circle A → B → C → A, naming both credentials', () => {
    const [a, b, c] = [makeCredential({ title: 'Alpha' }), makeCredential({ title: 'Beta' }), makeCredential({ title: 'Gamma' })];
    const doc = makeMap({ entities: [a, b, c], links: [makeLink('requires', a, b), makeLink('requires', b, c)] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('requires', c, a) })).toEqual({
      code: 'cycle',
      message: '"Alpha" already requires "Gamma", directly or through others: prerequisites cannot go round in a circle',
    });
    // The same chain without the closing link is fine, and so is a shortcut A → C.
    expect(Object.keys(apply(doc, 'link.create', { link: makeLink('requires', a, c) }).links)).toHaveLength(3);
  });

  it('refuses a two-credential circle', () => {
    const [a, b] = [makeCredential(), makeCredential()];
    const doc = makeMap({ entities: [a, b], links: [makeLink('requires', a, b)] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('requires', b, a) }).code).toBe('cycle');
  });

  it('refuses an id in use, and the id of a deleted link', () => {
    const [skill, outcome] = [makeSkill(), makeOutcome()];
    const link = makeLink('addresses', skill, outcome);
    const doc = makeMap({ entities: [skill, outcome], links: [link] });
    expect(refusalOf(doc, 'link.create', { link: makeLink('addresses', skill, outcome, { id: skill.id }) }).code).toBe('exists');
    const deleted = apply(doc, 'link.delete', { ids: [link.id] });
    expect(refusalOf(deleted, 'link.create', { link: { ...link } }).code).toBe('exists');
  });

  it('refuses an addresses link without a level', () => {
    const [skill, outcome] = [makeSkill(), makeOutcome()];
    const { level: _level, ...withoutLevel } = makeLink('addresses', skill, outcome);
    expect(refusalOf(makeMap({ entities: [skill, outcome] }), 'link.create', { link: withoutLevel })).toMatchObject({
      code: 'invalid-payload',
      message: expect.stringContaining('link.level'),
    });
  });
});

describe('linkRefusal (shared with the canvas)', () => {
  it('says nothing against a link that may be drawn', () => {
    const [skill, outcome] = [makeSkill(), makeOutcome()];
    expect(linkRefusal(makeMap({ entities: [skill, outcome] }), { kind: 'addresses', from: skill.id, to: outcome.id })).toBeUndefined();
  });
});

describe('link.update', () => {
  const [skill, outcome] = [makeSkill(), makeOutcome()];
  const link = makeLink('addresses', skill, outcome);
  const doc = makeMap({ entities: [skill, outcome], links: [link] });

  it('changes a link’s own field and stamps it', () => {
    const stamp = nextStamp();
    const next = apply(doc, 'link.update', { id: link.id, changes: { level: 'mastered' } }, stamp);
    expect(next.links[link.id]).toEqual({ ...link, level: 'mastered' });
    expect(next.meta.stamps[link.id]?.level).toBe(stamp);
  });

  it('refuses to move a link’s ends or change its kind: delete it and draw another', () => {
    for (const field of ['from', 'to', 'kind']) {
      expect(refusalOf(doc, 'link.update', { id: link.id, changes: { [field]: skill.id } })).toMatchObject({ code: 'read-only-field', field });
    }
  });

  it('refuses a value its schema rejects, naming the field', () => {
    expect(refusalOf(doc, 'link.update', { id: link.id, changes: { level: 'expert' } })).toMatchObject({ code: 'invalid-value', field: 'level' });
  });

  it('refuses a link that does not exist', () => {
    expect(refusalOf(doc, 'link.update', { id: 'ln_ghost', changes: { level: 'mastered' } }).code).toBe('not-found');
  });
});

describe('link.delete', () => {
  it('deletes the link and the comments on it, leaving tombstones', () => {
    const [skill, outcome] = [makeSkill(), makeOutcome()];
    const link = makeLink('addresses', skill, outcome);
    const comment = makeComment(link);
    const doc = apply(makeMap({ entities: [skill, outcome], links: [link] }), 'comment.add', { comment });
    const stamp = nextStamp();
    const next = apply(doc, 'link.delete', { ids: [link.id] }, stamp);
    expect(next.links).toEqual({});
    expect(next.comments).toEqual({});
    expect([next.meta.tombstones[link.id], next.meta.tombstones[comment.id]]).toEqual([stamp, stamp]);
    expect(Object.keys(next.entities)).toHaveLength(2);
  });

  it('refuses a link that does not exist', () => {
    expect(refusalOf(makeMap(), 'link.delete', { ids: ['ln_ghost'] })).toMatchObject({ code: 'not-found', message: expect.stringContaining('ln_ghost') });
  });
});

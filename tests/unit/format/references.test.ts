import { describe, expect, it } from 'vitest';
import { checkReferences, findRequiresCycle } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { ADVISOR, AUTHOR, apply, makeComment, makeCredential, makeEndorsement, makeLink, makeMap, makeOutcome, makeSkill, nextStamp } from '../../helpers/builders';
import { detachedCopy } from '../../helpers/json';

const skill = makeSkill({ id: 'sk_1', statement: 'Threat modelling' });
const outcome = makeOutcome({ id: 'lo_1' });
const [alpha, beta, gamma] = ['Alpha', 'Beta', 'Gamma'].map((title, i) => makeCredential({ id: `mc_${i + 1}`, title }));
const link = makeLink('addresses', skill, outcome, { id: 'ln_1' });
const comment = makeComment(outcome, { id: 'cm_1' });

/** A consistent map, then changed by hand (as an editor or a bad merge might) into one that is not. */
function broken(edit: (doc: McredDocument) => void): McredDocument {
  let doc = makeMap({ entities: [skill, outcome, alpha!, beta!, gamma!], links: [link, makeLink('requires', alpha!, beta!, { id: 'ln_ab' })] });
  doc = apply(doc, 'comment.add', { comment });
  const copy = detachedCopy(doc);
  edit(copy);
  return copy;
}

const problems = (doc: McredDocument) => checkReferences(doc).map(({ path, message }) => ({ path, message }));

describe('checkReferences', () => {
  it('finds nothing wrong with a map built by commands', () => {
    expect(checkReferences(broken(() => {}))).toEqual([]);
  });

  it('reports each problem as a reference problem', () => {
    expect(checkReferences(broken((d) => delete d.entities.lo_1)).every((p) => p.code === 'reference')).toBe(true);
  });

  it('finds a record filed under another id', () => {
    expect(problems(broken((d) => (d.entities.sk_1!.id = 'sk_2')))).toContainEqual({ path: 'entities.sk_1.id', message: 'the record is filed under "sk_1" but its id is "sk_2"' });
  });

  it('finds one id used in two collections', () => {
    expect(problems(broken((d) => (d.people.sk_1 = { ...ADVISOR, id: 'sk_1' })))).toContainEqual({ path: 'people.sk_1', message: 'the id "sk_1" is used twice (also in entities)' });
  });

  it('finds a deleted record that is still there', () => {
    expect(problems(broken((d) => (d.meta.tombstones.sk_1 = nextStamp())))).toContainEqual({ path: 'entities.sk_1', message: '"sk_1" is marked as deleted but still present' });
  });

  it('finds links whose ends are missing, of the wrong kinds, or the same entity', () => {
    expect(problems(broken((d) => delete d.entities.lo_1))).toContainEqual({ path: 'links.ln_1.to', message: 'the link\'s end "lo_1" does not exist' });
    expect(problems(broken((d) => (d.links.ln_1!.from = 'sk_gone')))).toContainEqual({ path: 'links.ln_1.from', message: 'the link\'s start "sk_gone" does not exist' });
    expect(problems(broken((d) => Object.assign(d.links.ln_1!, { from: 'lo_1', to: 'sk_1' })))).toContainEqual({
      path: 'links.ln_1.kind',
      message: 'an "addresses" link must go from a skill to an outcome, not from an outcome to a skill',
    });
    expect(problems(broken((d) => (d.links.ln_ab!.to = 'mc_1')))).toContainEqual({ path: 'links.ln_ab', message: 'a link cannot join an entity to itself' });
  });

  it('finds the same link twice', () => {
    expect(problems(broken((d) => (d.links.ln_2 = { ...d.links.ln_1!, id: 'ln_2' })))).toContainEqual({
      path: 'links.ln_2',
      message: 'the same "addresses" link from "sk_1" to "lo_1" appears twice',
    });
  });

  it('tells several links from one start apart, and finds the one repeated among them', () => {
    const outcomes = ['lo_2', 'lo_3', 'lo_4'].map((id) => makeOutcome({ id }));
    const fanOut = (d: McredDocument) => {
      for (const o of outcomes) {
        d.entities[o.id] = o;
        d.links[`ln_${o.id}`] = { id: `ln_${o.id}`, kind: 'addresses', from: 'sk_1', to: o.id, level: 'introduced' };
      }
    };
    expect(problems(broken(fanOut))).toEqual([]);
    expect(
      problems(
        broken((d) => {
          fanOut(d);
          d.links.ln_again = { id: 'ln_again', kind: 'addresses', from: 'sk_1', to: 'lo_3', level: 'mastered' };
        }),
      ),
    ).toEqual([{ path: 'links.ln_again', message: 'the same "addresses" link from "sk_1" to "lo_3" appears twice' }]);
  });

  it('finds prerequisites that go round in a circle, naming the credentials in order', () => {
    const doc = broken((d) => {
      d.links.ln_bc = { id: 'ln_bc', kind: 'requires', from: 'mc_2', to: 'mc_3' };
      d.links.ln_ca = { id: 'ln_ca', kind: 'requires', from: 'mc_3', to: 'mc_1' };
    });
    expect(problems(doc)).toEqual([{ path: 'links', message: 'prerequisites go round in a circle: "Alpha" requires "Beta" requires "Gamma" requires "Alpha"' }]);
  });

  it('finds a position, comment, endorsement or revision that points at nothing', () => {
    expect(problems(broken((d) => (d.layout.sk_gone = { x: 0, y: 0 })))).toContainEqual({ path: 'layout.sk_gone', message: 'a position is stored for "sk_gone", which does not exist' });
    expect(problems(broken((d) => (d.comments.cm_1!.target = 'lo_gone')))).toContainEqual({ path: 'comments.cm_1.target', message: 'the comment is on "lo_gone", which does not exist' });
    expect(problems(broken((d) => (d.comments.cm_1!.author = 'pe_gone')))).toContainEqual({ path: 'comments.cm_1.author', message: 'the comment\'s author "pe_gone" is not among the people of this map' });
    expect(problems(broken((d) => (d.endorsements.en_1 = makeEndorsement(skill, { id: 'en_1', person: 'pe_gone' }))))).toContainEqual({
      path: 'endorsements.en_1.person',
      message: 'the endorsing person "pe_gone" is not among the people of this map',
    });
    expect(problems(broken((d) => (d.endorsements.en_1 = makeEndorsement('mc_gone', { id: 'en_1' }))))).toContainEqual({
      path: 'endorsements.en_1.target',
      message: 'the endorsement is of "mc_gone", which does not exist',
    });
    expect(problems(broken((d) => (d.revisions.rv_1 = { id: 'rv_1', name: 'R', at: '2026-03-01T09:00:00Z', author: 'pe_gone', snapshot: { settings: d.settings, entities: {}, links: {} } })))).toContainEqual({
      path: 'revisions.rv_1.author',
      message: 'the revision\'s author "pe_gone" is not among the people of this map',
    });
  });

  it('finds an endorsement of something that cannot be endorsed', () => {
    expect(problems(broken((d) => (d.endorsements.en_1 = makeEndorsement(outcome, { id: 'en_1', person: AUTHOR.id }))))).toContainEqual({
      path: 'endorsements.en_1.target',
      message: 'only skills and credentials can be endorsed, not an outcome',
    });
  });

  it('finds replies to missing comments and replies to replies', () => {
    expect(problems(broken((d) => (d.comments.cm_2 = makeComment(outcome, { id: 'cm_2', replyTo: 'cm_gone' }))))).toContainEqual({
      path: 'comments.cm_2.replyTo',
      message: 'the comment replies to "cm_gone", which does not exist',
    });
    const nested = broken((d) => {
      d.comments.cm_2 = makeComment(outcome, { id: 'cm_2', replyTo: 'cm_1' });
      d.comments.cm_3 = makeComment(outcome, { id: 'cm_3', replyTo: 'cm_2' });
    });
    expect(problems(nested)).toEqual([{ path: 'comments.cm_3.replyTo', message: 'a reply must answer the first comment of its thread' }]);
  });

  it('finds change stamps kept for a record that does not exist, but not those of the map settings', () => {
    const doc = broken((d) => (d.meta.stamps.sk_gone = { statement: nextStamp() }));
    expect(problems(doc)).toEqual([{ path: 'meta.stamps.sk_gone', message: 'change stamps are kept for "sk_gone", which does not exist' }]);
  });
});

describe('findRequiresCycle', () => {
  const requires = (pairs: [string, string][]) => ({
    links: Object.fromEntries(pairs.map(([from, to], i) => [`ln_${i}`, { id: `ln_${i}`, kind: 'requires' as const, from, to }])),
  });

  it('finds no cycle in a chain, a diamond or a forest', () => {
    expect(findRequiresCycle(requires([['a', 'b'], ['b', 'c']]))).toEqual([]);
    expect(findRequiresCycle(requires([['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd']]))).toEqual([]);
    expect(findRequiresCycle(requires([['a', 'b'], ['x', 'y']]))).toEqual([]);
  });

  it('returns the credentials on a cycle, in order, and only those', () => {
    expect(findRequiresCycle(requires([['a', 'b'], ['b', 'c'], ['c', 'a']]))).toEqual(['a', 'b', 'c']);
    expect(findRequiresCycle(requires([['z', 'a'], ['a', 'b'], ['b', 'a']]))).toEqual(['a', 'b']);
    expect(findRequiresCycle(requires([['a', 'a']]))).toEqual(['a']);
  });

  it('ignores links of other kinds', () => {
    expect(findRequiresCycle({ links: { ln_1: { id: 'ln_1', kind: 'develops', from: 'a', to: 'b' }, ln_2: { id: 'ln_2', kind: 'requires', from: 'b', to: 'a' } } })).toEqual([]);
  });

  it('walks a chain of 50,000 prerequisites without running out of stack', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => [`c${i}`, `c${i + 1}`] as [string, string]);
    expect(findRequiresCycle(requires(chain))).toEqual([]);
    expect(findRequiresCycle(requires([...chain, ['c50000', 'c0']]))).toHaveLength(50_001);
  });
});

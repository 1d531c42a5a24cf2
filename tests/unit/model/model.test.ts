import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  Entity,
  FORBIDDEN_KEYS,
  ID_PREFIX,
  Id,
  LINK_KINDS,
  LINK_RULES,
  McredDocument,
  SETTINGS_RECORD,
  entityLabel,
  linkKindBetween,
  makeId,
  withArticle,
} from '../../../shared/model';
import { makeActivity, makeCredential, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

describe('ids', () => {
  it('are made from the random source given, with the prefix of their kind', () => {
    const random = () => 0.5;
    expect(makeId('skill', random)).toBe('sk_iiiiiiiiiiii');
    expect(makeId('skill', random)).toBe(makeId('skill', random));
    expect(makeId('link', () => 0)).toBe('ln_000000000000');
    expect(makeId('link', () => 0.999999)).toBe('ln_zzzzzzzzzzzz');
  });

  it('are always valid ids, whatever the random source returns in [0, 1)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(ID_PREFIX) as (keyof typeof ID_PREFIX)[])), fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 12, maxLength: 12 }), (kind, draws) => {
        let i = 0;
        const id = makeId(kind, () => draws[i++]!);
        expect(Id.safeParse(id).success).toBe(true);
        expect(id.startsWith(`${ID_PREFIX[kind]}_`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('can never be integer-like, the settings record name, or a key that reaches the prototype chain', () => {
    for (const bad of ['12', '0', SETTINGS_RECORD, ...FORBIDDEN_KEYS, 'sk', '_sk1', 'Sk_1', 'sk_', 'sk_a b', 'sk_é', `sk_${'x'.repeat(65)}`, 'abcdefghijklm_1']) {
      expect({ bad, valid: Id.safeParse(bad).success }).toEqual({ bad, valid: false });
    }
    for (const good of ['sk_1', 'map_test', 'x_-_', `abcdefghijkl_${'x'.repeat(64)}`]) {
      expect({ good, valid: Id.safeParse(good).success }).toEqual({ good, valid: true });
    }
  });
});

describe('link rules', () => {
  it('say which link kind joins two entity kinds, one at most per pair', () => {
    expect(linkKindBetween('skill', 'outcome')).toBe('addresses');
    expect(linkKindBetween('credential', 'credential')).toBe('requires');
    expect(linkKindBetween('outcome', 'skill')).toBeUndefined();
    const pairs = LINK_KINDS.map((k) => `${LINK_RULES[k].from}→${LINK_RULES[k].to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const from of ENTITY_KINDS) for (const to of ENTITY_KINDS) {
      const kind = linkKindBetween(from, to);
      if (kind) expect(LINK_RULES[kind]).toMatchObject({ from, to });
    }
  });

  it('put the right article before a kind in messages', () => {
    expect([withArticle('skill'), withArticle('outcome'), withArticle('assessment'), withArticle('activity'), withArticle('credential')]).toEqual([
      'a skill',
      'an outcome',
      'an assessment',
      'an activity',
      'a credential',
    ]);
  });
});

describe('entities', () => {
  it('are read by their statement or their title', () => {
    expect(entityLabel(makeSkill({ statement: 'Use Git' }))).toBe('Use Git');
    expect(entityLabel(makeOutcome({ statement: 'Branch and merge' }))).toBe('Branch and merge');
    expect(entityLabel(makeActivity({ title: 'Lab 1' }))).toBe('Lab 1');
  });

  it('carry credits with their unit, never a bare number', () => {
    expect(Entity.safeParse(makeCredential({ credits: { value: 5, unit: 'ects' } })).success).toBe(true);
    expect(Entity.safeParse({ ...makeCredential(), credits: 5 }).success).toBe(false);
    expect(Entity.safeParse({ ...makeCredential(), credits: { value: 5 } }).success).toBe(false);
  });

  it('keep hours and levels in range and language tags well formed', () => {
    expect(Entity.safeParse(makeActivity({ contactHours: -1 })).error?.issues[0]?.message).toBe('must not be negative');
    expect(Entity.safeParse(makeCredential({ eqfLevel: 9 })).success).toBe(false);
    expect(Entity.safeParse(makeCredential({ language: 'fr-BE' })).success).toBe(true);
    expect(Entity.safeParse(makeCredential({ language: 'French' })).error?.issues[0]?.message).toMatch(/language tag/);
  });

  it('leave out empty optional text rather than store it empty', () => {
    expect(Entity.safeParse(makeSkill({ description: '' })).error?.issues[0]?.message).toMatch(/leave the field out/);
  });

  it('refuse fields they do not have', () => {
    expect(Entity.safeParse({ ...makeSkill(), colour: 'red' }).success).toBe(false);
  });
});

describe('the document schema', () => {
  it('accepts a map built with commands', () => {
    expect(McredDocument.safeParse(makeMap({ entities: [makeSkill(), makeCredential()] })).success).toBe(true);
  });

  it('refuses another schema version and stray top-level fields', () => {
    expect(McredDocument.safeParse({ ...makeMap(), schemaVersion: 1 }).success).toBe(false);
    expect(McredDocument.safeParse({ ...makeMap(), extra: true }).success).toBe(false);
  });
});

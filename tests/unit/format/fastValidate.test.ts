import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { compileFastCheck } from '../../../shared/format/fastValidate';
import { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { mapArb } from '../../helpers/arbitraries';
import { detachedCopy, getAt, otherScalar, scalarPaths, setAt } from '../../helpers/json';

const fast = compileFastCheck(McredDocument);

/** The fast path may only say yes where zod says yes without changing anything. */
function agreesWithZod(value: unknown): void {
  if (!fast(value)) return;
  const parsed = McredDocument.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.success && parsed.data).toEqual(value);
}

describe('the fast validator of the load path', () => {
  it('accepts the built-in example and generated valid maps', () => {
    expect(fast(detachedCopy(createSampleDocument()))).toBe(true);
    fc.assert(fc.property(mapArb, (doc) => fast(detachedCopy(doc))), { numRuns: 100 });
  });

  it('never accepts what zod would refuse or change: any one scalar replaced', () => {
    const sample = detachedCopy(createSampleDocument());
    const paths = scalarPaths(sample);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.constantFrom<unknown>('', ' padded ', -1, 1e9, 0.5, null, true, 'x', [], {}), (i, replacement) => {
        const copy = detachedCopy(sample);
        const path = paths[i]!;
        setAt(copy, path, replacement === 'x' ? otherScalar(getAt(copy, path)) : replacement);
        agreesWithZod(copy);
      }),
      { numRuns: 1000 },
    );
  });

  it('says no to unknown keys, untrimmed titles, non-finite numbers and wrong tags', () => {
    const base = () => detachedCopy(createSampleDocument());
    const withExtra = base();
    (withExtra.settings as Record<string, unknown>).colour = 'red';
    expect(fast(withExtra)).toBe(false);
    const untrimmed = base();
    untrimmed.settings.title = ' Padded ';
    expect(fast(untrimmed)).toBe(false);
    const badTag = base();
    const first = Object.values(badTag.entities)[0]!;
    (first as { kind: string }).kind = 'course';
    expect(fast(badTag)).toBe(false);
    expect(compileFastCheck(z.number())(Infinity)).toBe(false);
    expect(compileFastCheck(z.number().int())(1.5)).toBe(false);
  });

  it('remembers only what it accepted: a repeated stamp is taken, a bad one after it is still refused', () => {
    const stamp = compileFastCheck(z.string().regex(/^\d{13}-[0-9a-z]{3}$/));
    const good = '1800000000000-a01';
    expect([stamp(good), stamp(`${good}`), stamp('1800000000000-A01'), stamp(good), stamp(7), stamp(undefined)]).toEqual([true, true, false, true, false, false]);
    const bad = 'not a stamp';
    expect([stamp(bad), stamp(bad)]).toEqual([false, false]);
  });

  it('refuses a missing field on its first call, before it has accepted any string', () => {
    const fresh = compileFastCheck(McredDocument);
    const withoutId = detachedCopy(createSampleDocument()) as Record<string, unknown>;
    delete withoutId.id;
    expect(fresh(withoutId)).toBe(false);
    expect(compileFastCheck(z.string().min(1))(undefined)).toBe(false);
  });

  it('says no to a forbidden key even where the schema takes any text as a key', () => {
    const withKey = (key: string) => {
      const copy = detachedCopy(createSampleDocument());
      const stamps = copy.meta.stamps as Record<string, Record<string, string>>;
      const [id, fields] = Object.entries(stamps)[0]!;
      Object.defineProperty(fields, key, { value: Object.values(fields)[0], enumerable: true, configurable: true, writable: true });
      return { copy, id };
    };
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(fast(withKey(key).copy)).toBe(false);
    expect(fast(withKey('title').copy)).toBe(true);
    expect(compileFastCheck(z.record(z.string(), z.number()))(JSON.parse('{"__proto__": 1}'))).toBe(false);
  });

  it('sends schema features it does not know to zod', () => {
    expect(compileFastCheck(z.string().refine((s) => s.length > 0))('x')).toBe(false);
    expect(compileFastCheck(z.date())(new Date())).toBe(false);
  });

  describe('as generated code', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** Keys, tags and values that are not plain names, or that would break out of a string written carelessly into source. */
    const awkward = ['a-b', '0', 'with space', 'quote"', 'back\\slash', '"]; throw new Error("ran"); //', '${x}', 'line\nbreak', 'ünï'];

    it('reads keys and compares tags and values that are not plain names, as data', () => {
      const shape = Object.fromEntries(awkward.map((k) => [k, z.literal(k)]));
      const check = compileFastCheck(z.strictObject(shape));
      const value = Object.fromEntries(awkward.map((k) => [k, k]));
      expect(check(value)).toBe(true);
      for (const k of awkward) expect(check({ ...value, [k]: `${k}!` })).toBe(false);
      const options = awkward.map((k) => z.strictObject({ 't"ag': z.literal(k), n: z.number() }));
      const tagged = compileFastCheck(z.discriminatedUnion('t"ag', options as [(typeof options)[0], ...typeof options]));
      expect(awkward.map((k) => tagged({ 't"ag': k, n: 1 }))).toEqual(awkward.map(() => true));
      expect(tagged({ 't"ag': 'other', n: 1 })).toBe(false);
      expect(compileFastCheck(z.enum(awkward as [string, ...string[]]))(awkward[5])).toBe(true);
    });

    it('counts a field that takes undefined as there only when it is: an unknown key beside it is still refused', () => {
      const check = compileFastCheck(z.strictObject({ a: z.literal(undefined), b: z.optional(z.string()) }));
      expect(check({})).toBe(true);
      expect(check({ b: 'x' })).toBe(true);
      expect(check({ c: 1 })).toBe(false);
      expect(check({ b: 'x', c: 1 })).toBe(false);
    });

    it('looks at every key the object has: a known field it only inherits or hides from for…in does not make up for an unknown key', () => {
      const check = compileFastCheck(z.strictObject({ b: z.string() }));
      const hidden = { c: 1 };
      Object.defineProperty(hidden, 'b', { value: 'x', enumerable: false });
      class Inherits {
        c = 1;
        get b() {
          return 'x';
        }
      }
      for (const value of [hidden, new Inherits()]) {
        expect(z.strictObject({ b: z.string() }).safeParse(value).success).toBe(false);
        expect(check(value)).toBe(false);
      }
    });

    it('says no to string formats that zod checks beyond a pattern, to keys zod wants all of, and to an enum\'s names', () => {
      expect(compileFastCheck(z.url())('not a url')).toBe(false);
      expect(compileFastCheck(z.jwt())('a.b.c')).toBe(false);
      expect(compileFastCheck(z.string().url())('not a url')).toBe(false);
      // A format that is its pattern is still checked in place.
      const date = compileFastCheck(z.iso.date());
      expect([date('2026-12-08'), date('2026-02-30'), date('yesterday')]).toEqual([true, false, false]);
      expect(compileFastCheck(z.record(z.enum(['a', 'b']), z.string()))({ a: 'x' })).toBe(false);
      expect(compileFastCheck(z.record(z.url(), z.string()))({ 'not a url': 'x' })).toBe(false);
      enum Level {
        Low = 1,
      }
      const level = compileFastCheck(z.enum(Level));
      expect([level(1), level('Low')]).toEqual([true, false]);
    });

    it('agrees with zod on any value, for schemas of every kind it compiles', () => {
      const schemas = [
        z.strictObject({ 'a-b': z.string().min(2).max(4), n: z.optional(z.number().int().gte(0).lt(10)), u: z.literal(undefined) }),
        z.array(z.enum(['x', 'y"'])).min(1).max(3),
        z.record(z.string().regex(/^[a-z]+$/), z.strictObject({ ok: z.boolean() })),
        z.discriminatedUnion('k', [z.strictObject({ k: z.literal(1), v: z.string().trim() }), z.strictObject({ k: z.literal('two'), v: z.number() })]),
      ];
      for (const schema of schemas) {
        const check = compileFastCheck(schema);
        fc.assert(
          fc.property(fc.anything({ withObjectString: true, withNullPrototype: false }), (value) => {
            if (!check(value)) return;
            const parsed = schema.safeParse(value);
            expect(parsed.success).toBe(true);
            expect(parsed.success && parsed.data).toEqual(value);
          }),
          { numRuns: 300 },
        );
      }
      // And it says yes to what it should: one valid value of each.
      expect(schemas.map((schema, i) => compileFastCheck(schema)([{ 'a-b': 'abc', n: 3 }, ['y"'], { ab: { ok: true } }, { k: 'two', v: 2 }][i]))).toEqual([true, true, true, true]);
    });

    it('says no, and leaves the work to zod, where code may not be made from text', () => {
      vi.stubGlobal('Function', function refused() {
        throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
      });
      const check = compileFastCheck(z.string());
      expect(check('text')).toBe(false);
    });
  });
});

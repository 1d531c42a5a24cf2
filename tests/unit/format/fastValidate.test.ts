import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});

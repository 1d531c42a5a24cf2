import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../shared/format';
import { checkPartOrder, fastValidate } from '../../../shared/format/read';
import { COLLECTIONS, type McredDocument } from '../../../shared/model';
import { mapArb } from '../../helpers/arbitraries';
import { detachedCopy } from '../../helpers/json';

/**
 * A load hands every record to the reference check on the fast schema check's walk
 * (`fastValidate(…).references`) instead of walking the map again. Whatever the map, both
 * ways must find the same problems, in the same order.
 */

const STAMP = '1772355600000-000-gen00001@pe_gen';

/** Damage that leaves the map schema-valid (so the fast check says yes) but breaks references. */
type Damage = (doc: McredDocument, n: number) => void;
const nth = <T,>(record: Record<string, T>, n: number): [string, T] | undefined => {
  const keys = Object.keys(record);
  if (!keys.length) return undefined;
  const key = keys[n % keys.length]!;
  return [key, record[key]!];
};
const DAMAGE: Record<string, Damage> = {
  'delete an entity': (d, n) => {
    const e = nth(d.entities, n);
    if (e) delete d.entities[e[0]];
  },
  'a link to nothing': (d, n) => {
    const l = nth(d.links, n);
    if (l) l[1].to = 'lo_gone';
  },
  'a link from nothing, twice': (d, n) => {
    const l = nth(d.links, n);
    if (l) {
      l[1].from = 'sk_gone';
      d.links.ln_copy = { ...l[1], id: 'ln_copy' };
    }
  },
  'the same link twice': (d, n) => {
    const l = nth(d.links, n);
    if (l) d.links.ln_twice = { ...l[1], id: 'ln_twice' };
  },
  'a link to itself': (d, n) => {
    const l = nth(d.links, n);
    if (l) l[1].to = l[1].from;
  },
  'a link between the wrong kinds': (d, n) => {
    const l = nth(d.links, n);
    if (l) [l[1].from, l[1].to] = [l[1].to, l[1].from];
  },
  'an id in two collections': (d, n) => {
    const e = nth(d.entities, n);
    const p = nth(d.people, n);
    if (e && p) d.people[e[0]] = { ...p[1], id: e[0] };
  },
  'a record filed under another id': (d, n) => {
    const e = nth(d.entities, n);
    if (e) e[1].id = 'sk_elsewhere';
  },
  'a deleted record still present': (d, n) => {
    const e = nth(d.links, n) ?? nth(d.entities, n);
    if (e) d.meta.tombstones[e[0]] = STAMP;
  },
  'stamps of nothing': (d) => {
    d.meta.stamps.sk_nothing = { title: STAMP };
  },
  'a comment on nothing': (d, n) => {
    const c = nth(d.comments, n);
    if (c) c[1].target = 'lo_gone';
  },
};

describe('the reference check on the load walk', () => {
  it('finds what its own walk finds, in the same order, for generated maps with any damage', () => {
    fc.assert(
      fc.property(mapArb, fc.subarray(Object.keys(DAMAGE)), fc.nat(), (generated, damage, n) => {
        const doc = detachedCopy(generated);
        for (const name of damage) DAMAGE[name]!(doc, n);
        const fast = fastValidate(doc);
        expect(fast.valid).toBe(true);
        if (!fast.valid) return;
        const separate = checkReferences(detachedCopy(doc));
        expect(fast.references.finish(doc)).toEqual(separate);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the damage at all (the comparison above is not of two empty lists)', () => {
    const doc = detachedCopy(fc.sample(mapArb.filter((d) => Object.keys(d.links).length > 1 && Object.keys(d.people).length > 0), { numRuns: 1, seed: 7 })[0]!);
    for (const damage of Object.values(DAMAGE)) damage(doc, 1);
    const fast = fastValidate(doc);
    if (!fast.valid) throw new Error('the damaged map should still be schema-valid');
    const paths = fast.references.finish(doc).map((p) => p.path);
    expect(paths).toContain('links.ln_twice');
    expect(paths).toContain('meta.stamps.sk_nothing');
    expect(paths).toContain('links.ln_copy.from');
    expect(paths.length).toBeGreaterThan(6);
  });

  it('refuses a schema that lists the links before the entities, or the stamps before a collection', () => {
    const parts = [...COLLECTIONS, 'meta'];
    expect(() => checkPartOrder(parts)).not.toThrow();
    expect(() => checkPartOrder(['links', 'entities', ...parts.slice(2)])).toThrow(/in that order/);
    expect(() => checkPartOrder(['meta', ...COLLECTIONS])).toThrow(/in that order/);
    expect(() => checkPartOrder(COLLECTIONS.slice(1))).toThrow(/in that order/);
  });
});

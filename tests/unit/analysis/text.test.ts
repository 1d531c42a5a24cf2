import { describe, expect, it } from 'vitest';
import { listing } from '../../../shared/analysis/text';

describe('listing', () => {
  it.each([
    [[], 5, ''],
    [['a'], 5, 'a'],
    [['a', 'b'], 5, 'a and b'],
    [['a', 'b', 'c'], 5, 'a, b and c'],
    [['a', 'b', 'c'], 2, 'a, b and 1 more'],
    [['a', 'b'], 0, '2 more'],
  ])('%j (at most %i named) reads “%s”', (items, max, text) => {
    expect(listing(items, String, max)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { selectFigures } from '../../bench/lib/select';

const figs = [{ name: 'suggest-2k' }, { name: 'suggest-recall3-nursing' }, { name: 'suggestion-other' }, { name: 'open-2k' }];

describe('bench --only', () => {
  it('takes every figure without --only', () => {
    expect(selectFigures(figs, []).chosen).toEqual(figs);
  });

  it('takes an exact name, or a group: the names before the first dash', () => {
    expect(selectFigures(figs, ['open-2k']).chosen.map((f) => f.name)).toEqual(['open-2k']);
    expect(selectFigures(figs, ['suggest']).chosen.map((f) => f.name)).toEqual(['suggest-2k', 'suggest-recall3-nursing']);
  });

  it('names what matches nothing (a bare prefix of a word is not a group)', () => {
    expect(selectFigures(figs, ['sugg', 'open-2k'])).toEqual({ chosen: [figs[3]], unknown: ['sugg'] });
  });
});

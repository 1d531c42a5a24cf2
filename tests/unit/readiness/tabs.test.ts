import { describe, expect, it } from 'vitest';
import { tabFor, tabIds, tabPanelProps } from '../../../renderer/src/features/matrix/useTabs';

describe('the tabs pattern (Map | Matrix and the matrix grids)', () => {
  it('Left/Right wrap, Home and End go to the ends, other keys move nothing', () => {
    expect(tabFor('ArrowRight', 0, 4)).toBe(1);
    expect(tabFor('ArrowRight', 3, 4)).toBe(0);
    expect(tabFor('ArrowLeft', 0, 4)).toBe(3);
    expect(tabFor('ArrowLeft', 2, 4)).toBe(1);
    expect(tabFor('Home', 2, 4)).toBe(0);
    expect(tabFor('End', 1, 4)).toBe(3);
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a']) expect(tabFor(key, 1, 4)).toBeUndefined();
    expect(tabFor('ArrowRight', 0, 0)).toBeUndefined();
  });

  it('ties each tab to its panel, which its tab labels', () => {
    const ids = tabIds<'skills' | 'credentials'>('matrix');
    expect(ids.tab('skills')).toBe('matrix-tab-skills');
    expect(ids.panel('credentials')).toBe('matrix-panel-credentials');
    expect(tabPanelProps(ids, 'skills')).toEqual({ role: 'tabpanel', id: 'matrix-panel-skills', 'aria-labelledby': 'matrix-tab-skills' });
  });
});

import { describe, expect, it } from 'vitest';
import { FAR_ZOOM, MID_TITLE_ROOM, NEAR_ZOOM, midTitleStyle } from '../../../renderer/src/features/canvas/detail';

describe('midTitleStyle', () => {
  it('keeps titles at about 11–12 px on screen across the middle distance', () => {
    for (let zoom = FAR_ZOOM; zoom < NEAR_ZOOM; zoom += 0.05) {
      expect(midTitleStyle(zoom).fontPx * zoom).toBeGreaterThanOrEqual(10.7);
    }
  });

  it('gives a fitted map (zoom about 0.3, a 1280 px window) two lines of title, not one', () => {
    for (const zoom of [0.3, 0.35, 0.4]) expect(midTitleStyle(zoom).lines).toBeGreaterThanOrEqual(2);
  });

  it('never sets more lines than the card has room for', () => {
    for (let zoom = FAR_ZOOM; zoom < NEAR_ZOOM; zoom += 0.05) {
      const { linePx, lines } = midTitleStyle(zoom);
      expect(lines * linePx).toBeLessThanOrEqual(MID_TITLE_ROOM);
    }
  });
});

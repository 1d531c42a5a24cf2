import { useCallback, useEffect, useState, type RefObject } from 'react';
import { visibleRange, type Geometry, type VisibleRange } from './geometry';

/** Tracks the visible range of a scrolling element: simple windowing with fixed row height and column width. */
export function useWindow(ref: RefObject<HTMLElement | null>, g: Geometry, rows: number, cols: number): VisibleRange {
  const [box, setBox] = useState({ top: 0, left: 0, width: 1200, height: 800 });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    setBox((b) =>
      b.top === el.scrollTop && b.left === el.scrollLeft && b.width === el.clientWidth && b.height === el.clientHeight
        ? b
        : { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight },
    );
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      ro.disconnect();
    };
  }, [ref, measure]);
  return visibleRange(g, box.top, box.left, box.width, box.height, rows, cols);
}

import type { MouseEvent } from 'react';
import { VIEW_IDS } from '../features/matrix';

/**
 * "Skip to map": the page's first stop for Tab (visible only when focused), so a keyboard
 * user reaches the map in two key presses instead of tabbing through every toolbar button.
 * It focuses the first node in visual order (the map itself when it is empty).
 */
export function SkipToMap() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const focusFirst = () => {
      const map = document.getElementById('map');
      const first = map?.querySelector<HTMLElement>('.react-flow__node');
      (first ?? map)?.focus();
    };
    // Under the matrix the map is inert: its Map tab shows it again, then it takes the focus.
    const panel = document.getElementById(VIEW_IDS.panel('map'));
    if (panel?.inert) {
      document.getElementById(VIEW_IDS.tab('map'))?.click();
      requestAnimationFrame(focusFirst);
    } else focusFirst();
  };
  return (
    <a className="skip-link" href="#map" onClick={skip}>
      Skip to map
    </a>
  );
}

import type { MouseEvent } from 'react';

/**
 * "Skip to map": the page's first stop for Tab (visible only when focused), so a keyboard
 * user reaches the map in two key presses instead of tabbing through every toolbar button.
 * It focuses the first node in visual order (the map itself when it is empty).
 */
export function SkipToMap() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const map = document.getElementById('map');
    const first = map?.querySelector<HTMLElement>('.react-flow__node');
    (first ?? map)?.focus();
  };
  return (
    <a className="skip-link" href="#map" onClick={skip}>
      Skip to map
    </a>
  );
}

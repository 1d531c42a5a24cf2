import { COLUMN_OF, DEFAULT_SPACING, NODE_HEIGHT, NODE_WIDTH, bandWidth, columnStep } from '../../../../shared/layout';
import type { EntityKind, Id, Position } from '../../../../shared/model';

const GAP = DEFAULT_SPACING.rowGap;

/**
 * The first free spot for a new node at or below `wish` (no overlap with any placed node),
 * so a new entity never lands on top of another. Linear in the number of nodes.
 */
export function freeSpot(placed: Readonly<Record<Id, Position>>, wish: Position): Position {
  const x = Math.round(wish.x);
  const blockers: number[] = [];
  for (const id in placed) {
    const p = placed[id]!;
    if (p.x < x + NODE_WIDTH + GAP && p.x + NODE_WIDTH + GAP > x) blockers.push(p.y);
  }
  blockers.sort((a, b) => a - b);
  let y = Math.round(wish.y);
  for (const by of blockers) {
    if (by + NODE_HEIGHT + GAP <= y) continue;
    if (by >= y + NODE_HEIGHT + GAP) break;
    y = by + NODE_HEIGHT + GAP;
  }
  return { x, y };
}

/**
 * Where a new entity of `kind` goes when created from the toolbar or keyboard: in its
 * column of the band under the view's centre, near the centre's height.
 */
export function columnSpot(placed: Readonly<Record<Id, Position>>, kind: EntityKind, centre: Position): Position {
  const bandStep = bandWidth() + DEFAULT_SPACING.bandGap;
  const band = Math.max(0, Math.floor(centre.x / bandStep));
  const x = band * bandStep + COLUMN_OF[kind] * columnStep();
  return freeSpot(placed, { x, y: centre.y - NODE_HEIGHT / 2 });
}

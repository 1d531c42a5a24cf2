import { Position, type NodeHandle } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../../shared/layout';
import type { LinkKind } from '../../../../shared/model';

export { NODE_HEIGHT, NODE_WIDTH };

/** Handle ids: every node can be linked on its left and right sides (all handles are "source": loose mode). */
export type HandleId = 'l' | 'r';

const HANDLE = 12;

/**
 * Handle bounds handed to React Flow with each node, so it never has to measure handles
 * (nodes have a fixed size); they match the Handle elements the node components draw.
 */
export const NODE_HANDLES: NodeHandle[] = [
  { id: 'l', type: 'source', position: Position.Left, x: -HANDLE / 2, y: NODE_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: 'r', type: 'source', position: Position.Right, x: NODE_WIDTH - HANDLE / 2, y: NODE_HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
];

/**
 * Which side each end of a link is drawn on: columns run left to right, so most links leave
 * on the right and arrive on the left; an activity sits right of its outcomes, and a
 * prerequisite is drawn as a loop on the credentials' right side.
 */
export const LINK_SIDES: Readonly<Record<LinkKind, { from: HandleId; to: HandleId }>> = {
  addresses: { from: 'r', to: 'l' },
  'assessed-by': { from: 'r', to: 'l' },
  develops: { from: 'l', to: 'r' },
  'part-of': { from: 'r', to: 'l' },
  'stacks-into': { from: 'r', to: 'l' },
  requires: { from: 'r', to: 'r' },
};

import { z } from 'zod';
import { autoLayout } from '../layout';
import { Id, Position, type McredDocument } from '../model';
import { requireEntity } from './entities';
import { placeEntity } from './positions';
import { currentDocument } from './produce';
import { defineCommand } from './types';

/** Moves entities on the canvas; a position an entity already has is not restamped. */
export const moveEntities = defineCommand({
  name: 'layout.move',
  payload: z.object({ positions: z.record(Id, Position) }),
  run(draft, { positions }, { stamp }) {
    for (const [id, p] of Object.entries(positions)) {
      requireEntity(draft, id);
      placeEntity(draft, id, p, stamp);
    }
  },
});

/**
 * Lays the whole map out tidily (shared/layout/autoLayout) as one change: every entity gets
 * a position, stamped like a move, so the tidy-up is one undo step and co-editors see it.
 */
export const autoLayoutMap = defineCommand({
  name: 'layout.auto',
  payload: z.object({}),
  run(draft, _payload, ctx) {
    // Reading a plain snapshot is much faster than walking thousands of draft proxies.
    const doc: McredDocument = currentDocument(draft);
    const positions = autoLayout(doc);
    if (Object.keys(positions).length) moveEntities.run(draft, { positions }, ctx);
  },
});

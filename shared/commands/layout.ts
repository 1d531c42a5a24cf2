import { current, isDraft } from 'immer';
import { z } from 'zod';
import { autoLayout } from '../layout';
import type { McredDocument } from '../model';
import { moveEntities } from './entities';
import { defineCommand } from './types';

/**
 * Lays the whole map out tidily (shared/layout/autoLayout) as one change: every entity gets
 * a position, stamped like a move, so the tidy-up is one undo step and co-editors see it.
 */
export const autoLayoutMap = defineCommand({
  name: 'layout.auto',
  payload: z.object({}),
  run(draft, _payload, ctx) {
    // Reading a plain snapshot is much faster than walking thousands of draft proxies.
    const doc: McredDocument = isDraft(draft) ? current(draft) : (draft as McredDocument);
    const positions = autoLayout(doc);
    if (Object.keys(positions).length) moveEntities.run(draft, { positions }, ctx);
  },
});

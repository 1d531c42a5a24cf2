import { z } from 'zod';
import { DemandEvidence, Id } from '../model';
import { requireEntity, updateEntity } from './entities';
import { defineCommand, refuse } from './types';

/**
 * Sets the demand evidence of many skills at once, as counted from job postings: ONE
 * command, so one undo takes every count back. `null` clears a skill's evidence. Each
 * skill's `demand` field is stamped as `entity.update` would stamp it, so a co-editor's
 * change to another field of the skill merges cleanly.
 */
export const applyDemand = defineCommand({
  name: 'demand.apply',
  payload: z.object({ demands: z.record(Id, DemandEvidence.nullable()) }),
  run(draft, { demands }, ctx) {
    for (const [id, demand] of Object.entries(demands)) {
      if (requireEntity(draft, id).kind !== 'skill') refuse('invalid-value', `"${id}" is not a skill requirement; only skills carry evidence of demand`);
      updateEntity.run(draft, { id, changes: { demand } }, ctx);
    }
  },
});

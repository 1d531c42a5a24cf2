import type { Migration, RawObject } from './types';

/**
 * Version 3 brings the review cycle: reviews imported from Word review copies, reviewers'
 * proposed changes and the approval records of credentials, each a collection of its own.
 * A version-2 map had none of them, so they start empty; nothing else changes (the new
 * credential statuses only add to the old ones).
 */
export const migration002: Migration = {
  from: 2,
  name: 'review-cycle',
  migrate(doc: RawObject): RawObject {
    return { ...doc, schemaVersion: 3, reviews: doc.reviews ?? {}, proposals: doc.proposals ?? {}, approvals: doc.approvals ?? {} };
  },
};

import { useMemo } from 'react';
import type { Identity } from '../../../../shared/ipc';
import { useDocumentStore } from '../../store';
import { ensurePerson } from '../advisor/edits';
import { acceptAllFrom, fieldLabel } from './reviewModel';

export interface ReviewDecisions {
  /** Accepts or rejects one proposal; returns a message when the map refuses. */
  decide(id: string, decision: 'accepted' | 'rejected'): string | undefined;
  /** Accepts every open proposal of one reviewer as ONE undoable step. */
  acceptAll(reviewer: string): string | undefined;
}

/**
 * Decisions on proposals, by the current person, now: each an ordinary attributed command
 * through the document store, so Ctrl/⌘+Z undoes it. Undefined until the user is known.
 */
export function useReviewDecisions(identity: Identity | null | undefined): ReviewDecisions | undefined {
  const store = useDocumentStore();
  return useMemo(() => {
    if (!identity) return undefined;
    const me = identity.personId;
    return {
      decide(id, decision) {
        ensurePerson(store, identity);
        const p = store.getState().doc.proposals[id];
        const what = p ? ` to ${fieldLabel(p.field).toLowerCase()}` : '';
        const label = `${decision === 'accepted' ? 'Accept' : 'Reject'} change${what}`;
        return store.dispatch({ name: 'proposal.decide', payload: { id, decision, by: me, at: new Date().toISOString() } }, { label })?.message;
      },
      acceptAll(reviewer) {
        ensurePerson(store, identity);
        const plan = acceptAllFrom(store.getState().doc, reviewer, me, new Date().toISOString());
        if (!plan.calls.length) return `There is nothing from ${plan.name} left to accept.`;
        return store.dispatchAll(plan.calls, { label: `Accept all from ${plan.name}` })?.message;
      },
    };
  }, [store, identity]);
}

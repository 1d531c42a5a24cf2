import { stampAuthor, stampTime, type McredDocument, type Proposal } from '../model';
import { reviewText } from './fields';

/**
 * How a proposed change stands against the map as it is now:
 * - `open`: the field still reads as the reviewer saw it; accepting applies the change;
 * - `conflict`: someone changed the field since the review copy was made (like a
 *   co-editing conflict, both texts are shown with who changed it and when);
 * - `same`: the field already reads as the reviewer proposed;
 * - `accepted` / `rejected`: decided; `gone`: the record was deleted.
 */
export type ProposalState = 'open' | 'conflict' | 'same' | 'accepted' | 'rejected' | 'gone';

export interface ProposalView {
  proposal: Proposal;
  state: ProposalState;
  /** The field's text now. */
  current: string;
  /** Who last changed the field, and when (ISO), from its change stamp. */
  changedBy?: { person: string; at: string };
}

export function proposalView(doc: McredDocument, proposal: Proposal): ProposalView {
  const entity = doc.entities[proposal.target];
  if (!entity) return { proposal, state: 'gone', current: '' };
  const current = reviewText(entity, proposal.field);
  const stamp = doc.meta.stamps[proposal.target]?.[proposal.field];
  const changedBy = stamp ? { person: stampAuthor(stamp), at: stampTime(stamp).toISOString() } : undefined;
  if (proposal.status !== 'open') return { proposal, state: proposal.status, current, changedBy };
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const state = norm(current) === norm(proposal.after) ? 'same' : norm(current) === norm(proposal.before) ? 'open' : 'conflict';
  return { proposal, state, current, changedBy };
}

/** Every proposal of the map with its state, open ones first, then by record and field. */
export function proposalViews(doc: McredDocument): ProposalView[] {
  const rank: Record<ProposalState, number> = { conflict: 0, open: 1, same: 2, accepted: 3, rejected: 4, gone: 5 };
  return Object.values(doc.proposals)
    .map((p) => proposalView(doc, p))
    .sort((a, b) => rank[a.state] - rank[b.state] || a.proposal.target.localeCompare(b.proposal.target) || a.proposal.field.localeCompare(b.proposal.field) || a.proposal.at.localeCompare(b.proposal.at) || a.proposal.id.localeCompare(b.proposal.id));
}

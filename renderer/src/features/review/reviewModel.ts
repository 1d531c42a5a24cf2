import type { CommandCall } from '../../../../shared/commands';
import { fieldWords } from '../../../../shared/merge';
import { entityLabel, personLabel, type EntityKind, type Id, type McredDocument, type ReviewImport, type Unplaced } from '../../../../shared/model';
import { parseReviewText } from '../../../../shared/review/fields';
import { proposalViews, type ProposalState, type ProposalView } from '../../../../shared/review/proposals';

/**
 * What the Review panel shows, worked out from the map alone (pure, unit-tested): the
 * proposals grouped by record, reviewer comment counts, what "Accept all from …" does,
 * the unplaced items and the import history.
 */

export type ReviewFilter = 'open' | 'all';

/** Still waiting for a decision. */
export const UNDECIDED: ReadonlySet<ProposalState> = new Set(['open', 'conflict', 'same']);

export interface RecordGroup {
  target: Id;
  /** Undefined when the record was deleted. */
  kind?: EntityKind;
  /** The record's statement or title, or "A deleted record". */
  label: string;
  proposals: ProposalView[];
  /** Comments on the record written by reviewers (they came with imported reviews). */
  reviewerComments: number;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A field in words for the panel: "Statement", "Quality assurance", "EQF level". */
export function fieldLabel(field: string): string {
  return capitalise(fieldWords(field));
}

export function personName(doc: McredDocument, id: Id): string {
  return personLabel(doc.people, id);
}

/** Everyone who reviewed in any imported review. */
export function reviewerIds(doc: McredDocument): Set<Id> {
  const out = new Set<Id>();
  for (const r of Object.values(doc.reviews)) for (const p of r.reviewers) out.add(p);
  return out;
}

function reviewerCommentCounts(doc: McredDocument): Map<Id, number> {
  const reviewers = reviewerIds(doc);
  const counts = new Map<Id, number>();
  for (const c of Object.values(doc.comments)) if (reviewers.has(c.author)) counts.set(c.target, (counts.get(c.target) ?? 0) + 1);
  return counts;
}

/**
 * The proposals to show (undecided ones for "open", every one for "all"), grouped by
 * record in the order `proposalViews` gives (conflicts first). Records that only carry
 * reviewer comments are listed too, so their "Show comments" link is never out of reach.
 */
export function groupProposals(doc: McredDocument, filter: ReviewFilter, views: readonly ProposalView[] = proposalViews(doc)): RecordGroup[] {
  const comments = reviewerCommentCounts(doc);
  const groups = new Map<Id, RecordGroup>();
  const groupOf = (target: Id): RecordGroup => {
    let g = groups.get(target);
    if (!g) {
      const e = doc.entities[target];
      g = { target, ...(e ? { kind: e.kind } : {}), label: e ? entityLabel(e) : 'A deleted record', proposals: [], reviewerComments: comments.get(target) ?? 0 };
      groups.set(target, g);
    }
    return g;
  };
  for (const v of views) if (filter === 'all' || UNDECIDED.has(v.state)) groupOf(v.proposal.target).proposals.push(v);
  for (const [target, n] of comments) if (n > 0 && doc.entities[target]) groupOf(target);
  return [...groups.values()];
}

/** How many proposals still wait for a decision (the status bar's count). */
export function openCount(views: readonly ProposalView[]): number {
  return views.filter((v) => UNDECIDED.has(v.state)).length;
}

export interface AcceptAll {
  reviewer: Id;
  name: string;
  calls: CommandCall[];
  /** Conflicts are left out: someone changed the field since, so each needs a look. */
  conflicts: number;
  /** Changes that cannot be applied (e.g. an emptied title), left open. */
  unusable: number;
}

/** "Accept all from <reviewer>": one `proposal.decide` per open proposal that applies cleanly. */
export function acceptAllFrom(doc: McredDocument, reviewer: Id, by: Id, at: string, views: readonly ProposalView[] = proposalViews(doc)): AcceptAll {
  const out: AcceptAll = { reviewer, name: personName(doc, reviewer), calls: [], conflicts: 0, unusable: 0 };
  for (const v of views) {
    if (v.proposal.author !== reviewer) continue;
    if (v.state === 'conflict') out.conflicts++;
    if (v.state !== 'open' && v.state !== 'same') continue;
    const entity = doc.entities[v.proposal.target];
    if (!entity || !parseReviewText(entity, v.proposal.field, v.proposal.after).ok) {
      out.unusable++;
      continue;
    }
    out.calls.push({ name: 'proposal.decide', payload: { id: v.proposal.id, decision: 'accepted', by, at } });
  }
  return out;
}

/** The reviewers with at least one proposal "Accept all" would accept, by name. */
export function acceptAllOptions(doc: McredDocument, by: Id, at: string, views: readonly ProposalView[] = proposalViews(doc)): AcceptAll[] {
  const authors = new Set(views.filter((v) => v.state === 'open' || v.state === 'same').map((v) => v.proposal.author));
  return [...authors]
    .map((a) => acceptAllFrom(doc, a, by, at, views))
    .filter((a) => a.calls.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface UnplacedGroup {
  review: ReviewImport;
  items: readonly Unplaced[];
}

/** The imports, newest first. */
export function importHistory(doc: McredDocument): ReviewImport[] {
  return Object.values(doc.reviews).sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}

/** Each review's unplaced items (never hidden: they are what the import could not put anywhere). */
export function unplacedByReview(doc: McredDocument): UnplacedGroup[] {
  return importHistory(doc)
    .filter((r) => r.unplaced.length > 0)
    .map((review) => ({ review, items: review.unplaced }));
}

export const UNPLACED_KIND: Readonly<Record<Unplaced['kind'], string>> = {
  comment: 'Comment',
  change: 'Tracked change',
  paragraph: 'New paragraph',
  anchor: 'Field marker copied or damaged',
};

export const STATE_LABEL: Readonly<Record<ProposalState, string>> = {
  open: 'Open',
  conflict: 'Conflict',
  same: 'Already in the map',
  accepted: 'Accepted',
  rejected: 'Rejected',
  gone: 'Record deleted',
};

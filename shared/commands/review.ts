import { current } from 'immer';
import { currentDocument } from './produce';
import { z } from 'zod';
import { Approval, Comment, Id, IsoDateTime, Person, Proposal, ReviewImport, stampWithAuthor } from '../model';
import { parseReviewText } from '../review/fields';
import { DECISION_STATUSES, STATUS_LABELS, canStep } from '../review/status';
import { updateEntity } from './entities';
import { stampFields, stampableKeys } from './stamps';
import { defineCommand, refuse } from './types';

/**
 * Brings in a review as one step: the reviewers (new people), their comments and proposed
 * changes, and the record of the import. Comments and proposals carry ids derived from what
 * they say, so records already in the map (or deleted from it) are skipped: importing the
 * same review again adds nothing.
 */
export const importReview = defineCommand({
  name: 'review.import',
  payload: z.object({
    review: ReviewImport,
    people: z.array(Person).max(1_000),
    comments: z.array(Comment).max(100_000),
    proposals: z.array(Proposal).max(100_000),
  }),
  run(draft, { review, people, comments, proposals }, { stamp }) {
    if (draft.reviews[review.id] || draft.meta.tombstones[review.id]) refuse('exists', `the review "${review.id}" has already been imported`);
    const seen = (id: string) => id in draft.comments || id in draft.proposals || id in draft.meta.tombstones;
    for (const p of people) {
      if (draft.people[p.id]) continue;
      draft.people[p.id] = p;
      stampFields(draft, p.id, stampableKeys(p), stamp);
    }
    if (!draft.people[review.importedBy]) refuse('not-found', `"${review.importedBy}" is not among the people of this map`);
    for (const c of comments) {
      if (seen(c.id)) continue;
      if (!draft.entities[c.target] && !draft.links[c.target]) refuse('not-found', `a comment is on "${c.target}", which is not in this map`);
      if (!draft.people[c.author]) refuse('not-found', `the comment's author "${c.author}" is not among the people of this map`);
      if (c.replyTo !== undefined && !draft.comments[c.replyTo]) refuse('not-found', `a reply answers "${c.replyTo}", which is not in this map`);
      draft.comments[c.id] = c;
      stampFields(draft, c.id, stampableKeys(c), stamp);
    }
    for (const p of proposals) {
      if (seen(p.id)) continue;
      if (!draft.entities[p.target]) refuse('not-found', `a proposed change is to "${p.target}", which is not in this map`);
      if (!draft.people[p.author]) refuse('not-found', `the reviewer "${p.author}" is not among the people of this map`);
      if (p.review !== review.id) refuse('invalid-value', 'a proposed change must belong to the review it comes with');
      draft.proposals[p.id] = p;
      stampFields(draft, p.id, stampableKeys(p), stamp);
    }
    draft.reviews[review.id] = review;
    stampFields(draft, review.id, stampableKeys(review), stamp);
  },
});

/**
 * Accepts or rejects a proposed change. Accepting sets the field to the reviewer's text as
 * an ordinary change attributed to the reviewer (its stamp names them); the proposal keeps
 * who accepted it and when. Accepting over a field changed since the review copy was made
 * (a conflict the panel shows) takes the reviewer's text.
 */
export const decideProposal = defineCommand({
  name: 'proposal.decide',
  payload: z.object({ id: Id, decision: z.enum(['accepted', 'rejected']), by: Id, at: IsoDateTime }),
  run(draft, { id, decision, by, at }, ctx) {
    const p = draft.proposals[id] ?? refuse('not-found', `there is no proposed change "${id}"`);
    if (p.status !== 'open') refuse('invalid-value', `this proposed change was already ${p.status}`);
    if (!draft.people[by]) refuse('not-found', `"${by}" is not among the people of this map`);
    if (decision === 'accepted') {
      const entity = draft.entities[p.target] ?? refuse('not-found', `"${p.target}" is no longer in this map`);
      const parsed = parseReviewText(current(entity), p.field, p.after);
      if (!parsed.ok) refuse('invalid-value', `The change cannot be applied: ${parsed.message}.`, p.field);
      updateEntity.run(draft, { id: p.target, changes: { [p.field]: parsed.value } }, { stamp: stampWithAuthor(ctx.stamp, p.author) });
    }
    p.status = decision;
    p.decidedBy = by;
    p.decidedAt = at;
    stampFields(draft, id, ['status', 'decidedBy', 'decidedAt'], ctx.stamp);
  },
});

/**
 * Records one step of a credential's review cycle and moves its status. A decision
 * (approved, changes requested) names the body that took it; approving pins a named
 * revision: the one given, or a snapshot made now under `revisionName`.
 */
export const recordApproval = defineCommand({
  name: 'approval.record',
  payload: z.object({ approval: Approval, revisionName: z.string().trim().min(1).max(300).optional() }),
  run(draft, { approval, revisionName }, { stamp }) {
    if (draft.approvals[approval.id] || draft.meta.tombstones[approval.id]) refuse('exists', `the id "${approval.id}" is already in use`);
    const c = draft.entities[approval.credential] ?? refuse('not-found', `there is no micro-credential "${approval.credential}"`);
    if (c.kind !== 'credential') refuse('invalid-value', `"${approval.credential}" is not a micro-credential`);
    if (!draft.people[approval.author]) refuse('not-found', `"${approval.author}" is not among the people of this map`);
    if (!canStep(c.status, approval.status)) {
      refuse('invalid-value', `a credential that is ${STATUS_LABELS[c.status]} cannot become ${STATUS_LABELS[approval.status]}`, 'status');
    }
    const decision = DECISION_STATUSES.has(approval.status);
    if (decision && approval.decision !== approval.status) refuse('invalid-value', `the decision must be "${approval.status}"`, 'decision');
    if (!decision && approval.decision !== undefined) refuse('invalid-value', 'only an approval or a request for changes is a decision', 'decision');
    if (decision && !approval.body) refuse('invalid-value', 'say which body took the decision (e.g. "University Curriculum Committee")', 'body');
    const record = { ...approval, from: c.status };
    if (c.status !== approval.status) {
      c.status = approval.status;
      stampFields(draft, c.id, ['status'], stamp);
    }
    if (approval.status === 'approved') {
      if (record.revision === undefined) {
        if (!revisionName) refuse('invalid-value', 'approving pins a named revision: give its name', 'revision');
        const id = `rv_${approval.id.slice(approval.id.indexOf('_') + 1)}`;
        if (draft.revisions[id] || draft.meta.tombstones[id]) refuse('exists', `the id "${id}" is already in use`);
        const now = currentDocument(draft);
        draft.revisions[id] = { id, name: revisionName, at: approval.at, author: approval.author, snapshot: { settings: now.settings, entities: now.entities, links: now.links } };
        stampFields(draft, id, ['name', 'at', 'author', 'snapshot'], stamp);
        record.revision = id;
      } else if (!draft.revisions[record.revision]) refuse('not-found', `there is no named revision "${record.revision}"`);
    } else if (record.revision !== undefined && !draft.revisions[record.revision]) refuse('not-found', `there is no named revision "${record.revision}"`);
    draft.approvals[record.id] = record;
    stampFields(draft, record.id, stampableKeys(record), stamp);
  },
});

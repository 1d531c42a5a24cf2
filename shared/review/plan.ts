import { ID_PATTERN, type McredDocument, type ReviewImport, type Unplaced } from '../model';
import { AnchorIndex, hash53 } from './anchors';
import { planComments } from './planComments';
import { planFields } from './planFields';
import type { PlanOptions, PlanResult, ReviewListing, ReviewReading } from './reading';
import { Reviewers, cleanName, cleanText, reviewDate } from './reviewers';

const UNPLACED_CAP = 10_000;

/**
 * Plans the import of a reading into `doc`: one `review.import` command. Ids are derived
 * from what the review says, so planning the same review again gives the same proposals
 * and comments (and `fresh` tells how many the map does not have yet); only the review
 * record itself is new each time.
 */
export function planReview(doc: McredDocument, reading: ReviewReading, options: PlanOptions): PlanResult {
  const { mapId, revisionId, credentialId } = reading.properties;
  if (mapId !== doc.id) {
    return {
      ok: false,
      code: 'other-map',
      message: `This review copy was made from another map (${mapId ?? 'no map id'}), not from the open map “${doc.settings.title}” (${doc.id}). Open the map it was exported from and import it there.`,
    };
  }
  const now = options.now.toISOString().replace(/\.000Z$/, 'Z');
  // When the document was saved: the date of changes and comments that have none of their own.
  const savedAt = reviewDate(reading.modified);
  const current = { settings: doc.settings, entities: doc.entities, links: doc.links };
  const revision = revisionId !== undefined && Object.hasOwn(doc.revisions, revisionId) ? doc.revisions[revisionId]!.snapshot : undefined;
  const index = new AnchorIndex(revision ? [revision, current] : [current]);
  const reviewers = new Reviewers(doc);

  const notes: Unplaced[] = [];
  if (!revision) {
    notes.push({
      kind: 'anchor',
      text: `The named revision this copy was made from (${revisionId ?? 'not recorded'}) is not in this map, so the reviewer's text was compared with the map as it is now: a change made in the map since may show as the reviewer's.`,
      where: 'Whole document',
    });
  }
  const copiedAt = revision ? doc.revisions[revisionId!]!.at : undefined;
  const fields = planFields({ doc, reading, index, revision, reviewers, savedAt, now, copiedAt });
  const threads = planComments({ doc, reading, index, reviewers, savedAt, now });
  // A redline copy's own tracked changes outside the fields (rows of generated tables) are not the reviewer's.
  const cutoff = copiedAt === undefined ? NaN : Date.parse(copiedAt);
  const ownStray = (date: string | undefined) => {
    const d = reviewDate(date);
    return d !== undefined && Date.parse(d) <= cutoff;
  };
  const strays: Unplaced[] = reading.strays.filter((s) => !ownStray(s.date)).map((s) => ({
    kind: s.kind,
    text: cleanText(s.text, 20_000),
    where: cleanText(s.where, 500),
    ...(s.author !== undefined ? { author: cleanName(s.author) } : {}),
  }));
  const unplaced = [...notes, ...fields.unplaced, ...threads.unplaced, ...strays].slice(0, UNPLACED_CAP);

  const ids = [...fields.proposals.map((p) => p.id), ...threads.comments.map((c) => c.id)].sort();
  const fingerprint = hash53(ids.join(',')).toString(36);
  const reviewId = `rw_${hash53(`${fingerprint}@${options.now.toISOString()}`).toString(36)}`;
  const proposals = fields.proposals.map((p) => ({ ...p, review: reviewId }));

  const review: ReviewImport = {
    id: reviewId,
    file: options.file.trim().slice(0, 500) || 'review copy.docx',
    at: now,
    importedBy: options.importer,
    reviewers: reviewers.ids,
    fingerprint,
    counts: { changes: proposals.length, comments: threads.comments.length, unplaced: unplaced.length },
    unplaced,
  };
  if (revision) review.revision = revisionId;
  if (credentialId !== undefined && ID_PATTERN.test(credentialId)) review.credential = credentialId;

  const known = (id: string) => Object.hasOwn(doc.meta.tombstones, id);
  const listing: ReviewListing = {
    changes: proposals.map((p) => ({ id: p.id, entity: p.target, field: p.field, before: p.before, after: p.after, author: reviewers.nameOf(p.author), date: p.at })),
    comments: threads.listing,
    unplaced: unplaced.map((u) => ({ kind: u.kind, text: u.text, where: u.where })),
  };
  return {
    ok: true,
    plan: {
      payload: { review, people: reviewers.newPeople, comments: threads.comments, proposals },
      listing,
      fresh: {
        changes: proposals.filter((p) => !Object.hasOwn(doc.proposals, p.id) && !known(p.id)).length,
        comments: threads.comments.filter((c) => !Object.hasOwn(doc.comments, c.id) && !known(c.id)).length,
      },
      reviewers: reviewers.ids.map((id) => reviewers.nameOf(id)),
    },
  };
}

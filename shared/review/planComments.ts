import { personLabel, type Comment, type McredDocument, type Unplaced } from '../model';
import { hash53, type AnchorIndex } from './anchors';
import { resolveAnchor } from './planFields';
import type { ReadComment, ReviewListing, ReviewReading } from './reading';
import { cleanName, cleanText, reviewDate, type Reviewers } from './reviewers';

/**
 * Turns Word comments into comment threads of the map. A root comment goes on the first
 * field its range covers; its replies (commentsExtended) follow it. A thread on no field
 * (the cover page, a heading) is kept with the review as "not placed", replies included.
 *
 * The review copy carries the map's own open threads as Word comments, so they come back
 * too (LibreOffice even flattens their replies into comments of their own). A comment with
 * the author and text of a comment already in the map — and not one an earlier import of
 * this review made — is that comment: it is not added again, and the reviewer's replies to
 * it join the existing thread.
 */

export interface CommentContext {
  doc: McredDocument;
  reading: ReviewReading;
  index: AnchorIndex;
  reviewers: Reviewers;
  savedAt: string | undefined;
  now: string;
}

const BODY_CAP = 20_000;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The map's comments by author name and text: how an exported comment is recognised. */
function knownComments(doc: McredDocument): Map<string, Comment> {
  const out = new Map<string, Comment>();
  for (const c of Object.values(doc.comments)) {
    // The name the export wrote for the author (personLabel), so a comment by someone not in
    // the people is recognised too.
    out.set(`${squash(personLabel(doc.people, c.author))}\u0000${squash(c.body)}`, c);
  }
  return out;
}

function rootOf(c: ReadComment, byId: ReadonlyMap<string, ReadComment>): ReadComment {
  const seen = new Set<string>();
  let cur = c;
  while (cur.parentId !== undefined && !seen.has(cur.id)) {
    seen.add(cur.id);
    const parent = byId.get(cur.parentId);
    if (!parent) break;
    cur = parent;
  }
  return cur;
}

export function planComments(ctx: CommentContext): { comments: Comment[]; unplaced: Unplaced[]; listing: ReviewListing['comments'] } {
  const { doc, reading, index } = ctx;
  const byId = new Map(reading.comments.map((c) => [c.id, c]));
  const threads = new Map<ReadComment, ReadComment[]>();
  for (const c of reading.comments) {
    const root = rootOf(c, byId);
    if (!threads.has(root)) threads.set(root, []);
    if (root !== c) threads.get(root)!.push(c);
  }
  const comments: Comment[] = [];
  const unplaced: Unplaced[] = [];
  const listing: ReviewListing['comments'] = [];
  const known = knownComments(doc);
  const seen = (id: string) => id in doc.comments || id in doc.meta.tombstones;
  /** The map comment a Word comment is a copy of (exported by us), unless an earlier import made it. */
  const exported = (c: ReadComment, plannedId: string | undefined): Comment | undefined => {
    if (plannedId !== undefined && seen(plannedId)) return undefined;
    return known.get(`${squash(cleanName(c.author))}\u0000${squash(cleanText(c.text, BODY_CAP))}`);
  };

  for (const [root, allReplies] of threads) {
    const place = root.anchors.map((a) => resolveAnchor(index, a)).find((ref) => ref !== undefined && doc.entities[ref.record] !== undefined);
    const plannedRoot = place ? commentId(place.record, place.field, root, undefined) : undefined;
    const copyOf = exported(root, plannedRoot);
    if (copyOf) {
      const thread = copyOf.replyTo !== undefined ? (doc.comments[copyOf.replyTo] ?? copyOf) : copyOf;
      const answers = allReplies
        .filter((r) => !exported(r, commentId(thread.target, thread.field, r, thread.id)))
        .map((r) => reply(r, thread))
        .filter((r) => !(r.id in doc.meta.tombstones));
      if (!answers.length) continue;
      comments.push(...answers);
      listing.push({
        id: thread.id,
        entity: thread.target,
        ...(thread.field !== undefined ? { field: thread.field } : {}),
        author: personLabel(doc.people, thread.author),
        date: thread.at,
        text: thread.body,
        replies: answers.map((r) => ({ id: r.id, author: ctx.reviewers.nameOf(r.author), date: r.at, text: r.body })),
        resolved: thread.resolved === true,
      });
      continue;
    }
    const replies = place ? allReplies.filter((r) => !exported(r, commentId(place.record, place.field, r, plannedRoot))) : allReplies;
    if (!place) {
      const lines = [
        ...(root.quoted ? [`On “${cleanText(root.quoted, 1_000)}”:`] : []),
        `${cleanName(root.author)}: ${root.text}`,
        ...replies.map((r) => `Reply from ${cleanName(r.author)}: ${r.text}`),
      ];
      unplaced.push({ kind: 'comment', text: cleanText(lines.join('\n'), BODY_CAP), where: cleanText(root.where, 500), author: cleanName(root.author) });
      continue;
    }
    const record = (c: ReadComment, replyTo: string | undefined): Comment => {
      const author = ctx.reviewers.person(c.author);
      const date = reviewDate(c.date) ?? ctx.savedAt;
      const body = cleanText(c.text, BODY_CAP) || '(empty comment)';
      const id = commentId(place.record, place.field, c, replyTo);
      const out: Comment = { id, target: place.record, field: place.field, author: author.id, at: date ?? ctx.now, body };
      if (replyTo !== undefined) out.replyTo = replyTo;
      return out;
    };
    const top = record(root, undefined);
    // A thread the designer deleted stays deleted: its replies would have nothing to answer.
    if (top.id in doc.meta.tombstones) continue;
    if (root.done) top.resolved = true;
    const answers = replies.map((r) => record(r, top.id)).filter((r) => !(r.id in doc.meta.tombstones));
    comments.push(top, ...answers);
    const name = (c: Comment) => ctx.reviewers.nameOf(c.author);
    listing.push({
      id: top.id,
      entity: top.target,
      field: top.field,
      author: name(top),
      date: top.at,
      text: top.body,
      replies: answers.map((r) => ({ id: r.id, author: name(r), date: r.at, text: r.body })),
      resolved: top.resolved === true,
    });
  }
  return { comments, unplaced, listing };

  /** As for proposals: the document's spelling of the name and no stand-in date in the id. */
  function commentId(target: string, field: string | undefined, c: ReadComment, replyTo: string | undefined): string {
    const date = reviewDate(c.date) ?? ctx.savedAt;
    const body = cleanText(c.text, BODY_CAP) || '(empty comment)';
    return `cm_${hash53(JSON.stringify([target, field, cleanName(c.author).toLowerCase(), date ?? '', body, replyTo ?? ''])).toString(36)}`;
  }

  /** A reviewer's reply to a thread already in the map. */
  function reply(c: ReadComment, thread: Comment): Comment {
    const date = reviewDate(c.date) ?? ctx.savedAt;
    const body = cleanText(c.text, BODY_CAP) || '(empty comment)';
    const out: Comment = { id: commentId(thread.target, thread.field, c, thread.id), target: thread.target, author: ctx.reviewers.person(c.author).id, at: date ?? ctx.now, body, replyTo: thread.id };
    if (thread.field !== undefined) out.field = thread.field;
    return out;
  }
}

import type { Comment, McredDocument, Unplaced } from '../model';
import { hash53, type AnchorIndex } from './anchors';
import { resolveAnchor } from './planFields';
import type { ReadComment, ReviewListing, ReviewReading } from './reading';
import { cleanName, cleanText, reviewDate, type Reviewers } from './reviewers';

/**
 * Turns Word comments into comment threads of the map. A root comment goes on the first
 * field its range covers; its replies (commentsExtended) follow it. A thread on no field
 * (the cover page, a heading) is kept with the review as "not placed", replies included.
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

  for (const [root, replies] of threads) {
    const place = root.anchors.map((a) => resolveAnchor(index, a)).find((ref) => ref !== undefined && doc.entities[ref.record] !== undefined);
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
      // As for proposals: the document's spelling of the name and no stand-in date in the id.
      const id = `cm_${hash53(JSON.stringify([place.record, place.field, cleanName(c.author).toLowerCase(), date ?? '', body, replyTo ?? ''])).toString(36)}`;
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
}

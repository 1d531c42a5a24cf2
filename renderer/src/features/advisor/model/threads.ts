import { personLabel, type Comment, type McredDocument } from '../../../../../shared/model';

type Records = Pick<McredDocument, 'comments' | 'people'>;

/** One comment as the inspector shows it: the author resolved to a name. */
export interface CommentView {
  id: string;
  authorId: string;
  /** The person's name, or words saying who they could be when they are not among the map's people. */
  author: string;
  organisation?: string;
  /** ISO date-time. */
  at: string;
  body: string;
  /** Written by the current user: they may delete it. */
  mine: boolean;
}

/** A root comment and its replies, oldest first. */
export interface ThreadView {
  root: CommentView;
  replies: CommentView[];
  resolved: boolean;
  /** The field of the target the thread anchors on, if any. */
  field?: string;
}

function view(c: Comment, doc: Records, me: string | undefined): CommentView {
  const p = doc.people[c.author];
  return {
    id: c.id,
    authorId: c.author,
    author: personLabel(doc.people, c.author),
    ...(p?.organisation ? { organisation: p.organisation } : {}),
    at: c.at,
    body: c.body,
    mine: me !== undefined && c.author === me,
  };
}

const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/**
 * The threads on one entity or link, oldest first. Replies are separate records (so two
 * people replying at once merge cleanly) and are gathered under their root here. A reply
 * whose root is gone (a merge can leave one) is shown as a thread of its own rather than lost.
 */
export function threadsOn(doc: Records, target: string, me?: string): ThreadView[] {
  const roots: Comment[] = [];
  const replies = new Map<string, Comment[]>();
  for (const c of Object.values(doc.comments)) {
    if (c.target !== target) continue;
    if (c.replyTo !== undefined && doc.comments[c.replyTo]) replies.set(c.replyTo, [...(replies.get(c.replyTo) ?? []), c]);
    else roots.push(c);
  }
  return roots.sort(byTime).map((root) => ({
    root: view(root, doc, me),
    replies: (replies.get(root.id) ?? []).sort(byTime).map((r) => view(r, doc, me)),
    resolved: root.replyTo === undefined && root.resolved === true,
    ...(root.field ? { field: root.field } : {}),
  }));
}

/** Open threads first in the list; resolved ones fold away under "N resolved". */
export function splitThreads(threads: readonly ThreadView[]): { open: ThreadView[]; resolved: ThreadView[] } {
  return { open: threads.filter((t) => !t.resolved), resolved: threads.filter((t) => t.resolved) };
}

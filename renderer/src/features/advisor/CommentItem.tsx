import { absoluteTime, relativeTime } from './model/dates';
import type { CommentView } from './model/threads';

interface CommentItemProps {
  comment: CommentView;
  now: number;
  /** Deletes it; offered on the user's own comments only. */
  onDelete?(): void;
  /** Replies that go with it when it is a thread's first comment (the button then says so). */
  replies?: number;
}

/** One comment: who (and from where), when, what. */
export function CommentItem({ comment, now, onDelete, replies = 0 }: CommentItemProps) {
  const what = replies ? `thread from ${absoluteTime(comment.at)} and its ${replies === 1 ? 'reply' : `${replies} replies`}` : `comment from ${absoluteTime(comment.at)}`;
  return (
    <div className="adv-comment">
      <div className="adv-comment__meta">
        <span className="adv-comment__author">
          {comment.author}
          {comment.organisation ? <span className="adv-comment__org"> · {comment.organisation}</span> : null}
        </span>
        <time className="adv-comment__time" dateTime={comment.at} title={absoluteTime(comment.at)}>
          {relativeTime(comment.at, now)}
        </time>
      </div>
      <p className="adv-comment__body">{comment.body}</p>
      {onDelete ? (
        <button type="button" className="adv-link-button adv-comment__delete" onClick={onDelete} aria-label={`Delete your ${what}`}>
          {replies ? 'Delete thread' : 'Delete'}
        </button>
      ) : null}
    </div>
  );
}

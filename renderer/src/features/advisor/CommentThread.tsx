import { useState } from 'react';
import { CommentBox } from './CommentBox';
import { CommentItem } from './CommentItem';
import type { AdvisorEdits } from './hooks';
import type { ThreadView } from './model/threads';

interface CommentThreadProps {
  thread: ThreadView;
  now: number;
  /** Absent until the user has said who they are: the thread is then read-only. */
  edits: AdvisorEdits | undefined;
  target: string;
  /** Where a refusal from the map (rare: someone else deleted the thread) is reported. */
  onProblem(message: string | undefined): void;
}

/** A root comment and its replies, with Reply and Resolve / Reopen. */
export function CommentThread({ thread, now, edits, target, onProblem }: CommentThreadProps) {
  const [replying, setReplying] = useState(false);
  const { root, replies, resolved } = thread;
  const del = (id: string) => (edits ? () => onProblem(edits.deleteComment(id)) : undefined);
  return (
    <li className={`adv-thread${resolved ? ' is-resolved' : ''}`} aria-label={`Thread started by ${root.author}`}>
      {resolved ? <span className="adv-thread__state">Resolved</span> : null}
      <CommentItem comment={root} now={now} onDelete={root.mine ? del(root.id) : undefined} replies={replies.length} />
      {replies.length ? (
        <ol className="adv-replies" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} now={now} onDelete={r.mine ? del(r.id) : undefined} />
            </li>
          ))}
        </ol>
      ) : null}
      {edits && replying ? (
        <CommentBox
          label={`Reply to ${root.author}`}
          placeholder="Reply…"
          submitLabel="Reply"
          autoFocus
          onSubmit={(body) => {
            const message = edits.comment(target, body, root.id);
            if (!message) setReplying(false);
            return message;
          }}
          onCancel={() => setReplying(false)}
        />
      ) : null}
      {edits && !replying ? (
        <div className="adv-thread__actions">
          {!resolved ? (
            <button type="button" className="adv-link-button" onClick={() => setReplying(true)}>
              Reply
            </button>
          ) : null}
          <button type="button" className="adv-link-button" onClick={() => onProblem(edits.resolve(root.id, !resolved))}>
            {resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      ) : null}
    </li>
  );
}

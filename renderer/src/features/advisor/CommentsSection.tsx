import { useRef, useState, type RefObject } from 'react';
import { useTakeFocus } from '../../store/useTakeFocus';
import { Section } from '../inspector/parts/Section';
import { CommentBox } from './CommentBox';
import { CommentThread } from './CommentThread';
import { useAdvisorEdits, useCommentFocus, useIdentity, useSaveIdentity, useThreads } from './hooks';
import { IdentityGate } from './IdentityGate';
import { shownAt } from './model/dates';
import { threadsLabel } from './model/marks';
import { splitThreads } from './model/threads';
import './advisor.css';

/**
 * Takes requests to show this record's comments (a node's comment marker, the "Add
 * comment" shortcut): unfolds the section, scrolls to it, and puts the cursor in the box.
 */
function useFocusRequests(target: string, section: RefObject<HTMLDivElement | null>, box: RefObject<HTMLTextAreaElement | null>) {
  useTakeFocus(useCommentFocus(), target, section, (request, el) => {
    if (request.compose) (box.current ?? el.querySelector<HTMLElement>('.adv-gate button'))?.focus({ preventScroll: true });
  });
}

/** The comment threads on the selected entity or link: open ones, the box to add one, then the resolved. */
export function CommentsSection({ target }: { target: string }) {
  const identity = useIdentity();
  const saveIdentity = useSaveIdentity();
  const edits = useAdvisorEdits(identity);
  const threads = useThreads(target, identity?.personId);
  const [problem, setProblem] = useState<string | undefined>();
  const now = shownAt(threads);
  const sectionRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequests(target, sectionRef, boxRef);

  const { open, resolved } = splitThreads(threads);
  const thread = (t: (typeof threads)[number]) => <CommentThread key={t.root.id} thread={t} now={now} edits={edits} target={target} onProblem={setProblem} />;
  return (
    <Section id="comments" title="Comments" note={open.length ? `${threadsLabel(open.length)}.` : undefined}>
      <div ref={sectionRef} className="adv-comments" role="region" aria-label="Comments">
        {open.length ? (
          <ul className="adv-threads" aria-label="Open threads">
            {open.map(thread)}
          </ul>
        ) : (
          <p className="insp-empty-list">{resolved.length ? 'No open comments.' : 'No comments yet.'}</p>
        )}
        {problem ? (
          <p className="insp-error" role="alert">
            {problem}
          </p>
        ) : null}
        {edits ? (
          <CommentBox label="Add comment" showLabel placeholder="Ask a question or suggest a change…" submitLabel="Comment" inputRef={boxRef} onSubmit={(body) => edits.comment(target, body)} />
        ) : (
          <IdentityGate purpose="comment" onSave={saveIdentity} />
        )}
        {resolved.length ? (
          <details className="adv-resolved">
            <summary>{resolved.length} resolved</summary>
            <ul className="adv-threads" aria-label="Resolved threads">
              {resolved.map(thread)}
            </ul>
          </details>
        ) : null}
      </div>
    </Section>
  );
}

import { FocusRequests, perSession, type FocusRequest } from '../../store/focusRequests';

/** A wish to bring a record's comments into view: from a node's marker, or the shortcut (`compose`). */
export type CommentFocusRequest = FocusRequest<{
  /** Put the cursor in the "Add comment" box, not only scroll to the thread list. */
  compose: boolean;
}>;

/** Requests for the inspector's comment section (see `FocusRequests`). */
export class CommentFocus extends FocusRequests<{ compose: boolean }> {}

/** The comment focus of a map's session. */
export const commentFocusOf = perSession(() => new CommentFocus());

import type { Id } from '../../../../shared/model';
import type { Suggestion } from '../../../../shared/suggest';
import type { SessionStore } from '../../store';
import { FocusRequests, perSession } from '../../store/focusRequests';

/** Requests for an outcome's Suggested section to show one skill's suggestion (see `FocusRequests`). */
export const suggestionFocusOf = perSession(() => new FocusRequests<{ skill: Id }>());

/**
 * Opens a suggested (ghost) link from the map: selects its outcome, and asks the outcome's
 * Suggested section to come into view with that suggestion's Accept focused, so accepting
 * or dismissing it is one more press.
 */
export function openSuggestion(session: SessionStore, suggestion: Pick<Suggestion, 'skill' | 'outcome'>): void {
  session.select([suggestion.outcome]);
  suggestionFocusOf(session).request(suggestion.outcome, { skill: suggestion.skill });
}

import { useCollaboration, useCollaborationStore } from './CollaborationContext';
import { describePresence } from './messages';

/** "Ana Lopez (Acme Security) also has this map open", with everyone listed on hover. */
export function PresenceChip() {
  const { others } = useCollaboration();
  if (!others.length) return null;
  const list = others.map((p) => `${p.name}${p.organisation ? ` (${p.organisation})` : ''} on ${p.machine}, since ${new Date(p.since).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`);
  return (
    <span className="cf-chip cf-chip--presence" role="status" title={list.join('\n')} data-testid="presence">
      <PeopleIcon />
      <span className="cf-chip__text">{describePresence(others)}</span>
    </span>
  );
}

/** "2 conflicts" while merge decisions await review; opens the review panel. */
export function ConflictChip() {
  const collab = useCollaborationStore();
  const { reviews, panelOpen } = useCollaboration();
  if (!collab || !reviews.length) return null;
  return (
    <button type="button" className="cf-chip cf-chip--conflicts" aria-expanded={panelOpen} onClick={() => collab.setPanelOpen(!panelOpen)} data-testid="conflict-chip">
      <ConflictIcon />
      {reviews.length} {reviews.length === 1 ? 'conflict' : 'conflicts'} to review
    </button>
  );
}

function PeopleIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="cf-chip__icon">
      <circle cx="6" cy="5.5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M1.5 13.5c.6-2.4 2.3-3.6 4.5-3.6s3.9 1.2 4.5 3.6" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
      <circle cx="11.5" cy="6" r="2" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M12 10c1.4.2 2.3 1.2 2.7 3" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}

export function ConflictIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="cf-chip__icon">
      <path d="M5 2v5a3 3 0 0 0 3 3h0a3 3 0 0 1 3 3v1M11 2v5a3 3 0 0 1-3 3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      <circle cx="5" cy="2.5" r="1.3" fill="currentColor" />
      <circle cx="11" cy="2.5" r="1.3" fill="currentColor" />
    </svg>
  );
}

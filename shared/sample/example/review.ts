import { ID } from './ids';

/**
 * The review history of the example: what the industry advisor endorsed and the comment
 * threads between advisor and designer. Times and dates come from TIMELINE (map.ts).
 */

/** Advisor endorsements: three essential skills in the first review, the certificate a few days later. */
export const ENDORSEMENTS = [
  {
    id: ID.endorsement.alerts,
    target: ID.skill.alerts,
    date: '2026-02-16',
    note: 'Alert validation is the first thing our new analysts do on every shift; this is what we hire for.',
  },
  {
    id: ID.endorsement.vulnId,
    target: ID.skill.vulnId,
    date: '2026-02-16',
    note: 'Matches our managed vulnerability service: clients expect CVSS ratings backed by exploit evidence.',
  },
  {
    id: ID.endorsement.incident,
    target: ID.skill.incident,
    date: '2026-02-16',
    note: 'Essential: every analyst on our team joins live incident calls within the first three months.',
  },
  {
    id: ID.endorsement.analyst,
    target: ID.credential.analyst,
    date: '2026-02-20',
    note: 'Acme Security endorses the certificate as preparation for our tier-1 SOC analyst role and will host SOC shadowing placements.',
  },
] as const;

/**
 * The thread that gets resolved: the advisor asks for compensating controls in LO5 before
 * the faculty-review snapshot; after it, the designer rewrites LO5, answers and resolves.
 */
export const RESOLVED_THREAD = {
  root: {
    id: ID.comment.remediateRoot,
    target: ID.outcome.remediate,
    field: 'statement',
    body: 'At Tri-County Electric and at the hospital we often cannot patch within the SLA: controllers and medical devices stay unpatched for months. Could LO5 say that learners argue for compensating controls too, not only for patches?',
  },
  reply: {
    id: ID.comment.remediateReply,
    body: 'Agreed. LO5 now names compensating controls where patching is not possible, and the case-study network includes two devices that cannot be patched. Resolving this thread.',
  },
} as const;

/** The thread left open: the advisor asks for speed and accuracy in LO3; the designer answers. */
export const OPEN_THREAD = {
  root: {
    id: ID.comment.triageRoot,
    target: ID.outcome.triage,
    field: 'statement',
    body: 'Our tier-1 analysts are measured on time to triage and on false-positive rate. Could LO3, or its criteria, say how fast and how accurately learners should work the queue?',
  },
  reply: {
    id: ID.comment.triageReply,
    body: 'Good point. I would keep the statement short and put a time limit (40 alerts in 90 minutes) into the criteria. I will take it to the faculty committee on 18 March before changing anything.',
  },
} as const;

/** The named snapshot taken before the last edits, for a tracked-changes export against it. */
export const FACULTY_REVIEW_REVISION = {
  id: ID.revision.facultyReview,
  name: 'Sent to faculty review',
} as const;

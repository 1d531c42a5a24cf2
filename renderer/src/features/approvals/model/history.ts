import { personLabel, type McredDocument } from '../../../../../shared/model';
import { STATUS_LABELS, STEP_LABELS } from '../../../../../shared/review';

/** One approval record as the inspector lists it. */
export interface ApprovalRow {
  id: string;
  at: string;
  /** "Send for review", "Approved". */
  step: string;
  /** "Draft → In review". */
  change: string;
  body?: string;
  /** "Approved", "Changes requested". */
  decision?: string;
  conditions?: string;
  minute?: string;
  recordedBy: string;
  /** The named revision an approval pinned. */
  revision?: string;
}

/** A credential's approval records, oldest first: its review cycle read from the top. */
export function approvalRows(doc: Pick<McredDocument, 'approvals' | 'people' | 'revisions'>, credential: string): ApprovalRow[] {
  return Object.values(doc.approvals)
    .filter((a) => a.credential === credential)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      at: a.at,
      step: STEP_LABELS[a.status],
      change: a.from && a.from !== a.status ? `${STATUS_LABELS[a.from]} → ${STATUS_LABELS[a.status]}` : STATUS_LABELS[a.status],
      ...(a.body ? { body: a.body } : {}),
      ...(a.decision ? { decision: STATUS_LABELS[a.decision] } : {}),
      ...(a.conditions ? { conditions: a.conditions } : {}),
      ...(a.minute ? { minute: a.minute } : {}),
      recordedBy: personLabel(doc.people, a.author),
      ...(a.revision ? { revision: doc.revisions[a.revision]?.name ?? 'a removed revision' } : {}),
    }));
}

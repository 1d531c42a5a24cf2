import { entityLabel, personLabel, type McredDocument } from '../../../../../shared/model';

/** An approval that pinned a revision: which credential, by which body. */
export interface PinnedBy {
  approval: string;
  credential: string;
  body?: string;
}

/** One named revision as the Revisions panel lists it. */
export interface RevisionRow {
  id: string;
  name: string;
  at: string;
  /** The person's name, or "Someone" when the map no longer knows them. */
  author: string;
  /** Approval records that pinned this revision (what exactly was approved). */
  approvedBy: PinnedBy[];
}

/** The named revisions, newest first, with who made them and the approvals pinning them. */
export function revisionRows(doc: Pick<McredDocument, 'revisions' | 'people' | 'approvals' | 'entities'>): RevisionRow[] {
  const pins = new Map<string, PinnedBy[]>();
  for (const a of Object.values(doc.approvals)) {
    if (a.status !== 'approved' || !a.revision) continue;
    const credential = doc.entities[a.credential];
    const list = pins.get(a.revision) ?? [];
    list.push({ approval: a.id, credential: credential ? entityLabel(credential) : 'a removed micro-credential', ...(a.body ? { body: a.body } : {}) });
    pins.set(a.revision, list);
  }
  return Object.values(doc.revisions)
    .sort((a, b) => b.at.localeCompare(a.at) || a.name.localeCompare(b.name))
    .map((r) => ({ id: r.id, name: r.name, at: r.at, author: personLabel(doc.people, r.author), approvedBy: pins.get(r.id) ?? [] }));
}

/** "Approved by University Curriculum Committee (Cybersecurity Analyst …)" for a pin. */
export function pinText(pin: PinnedBy): string {
  return pin.body ? `Approved by ${pin.body} — ${pin.credential}` : `Approved — ${pin.credential}`;
}

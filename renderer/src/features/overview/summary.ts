import { CREDIT_UNITS, ENTITY_KINDS, type Credential, type Credits, type EntityKind, type McredDocument } from '../../../../shared/model';

/** Plural labels for the overview, in the order entities are read: need → outcome → award. */
export const KIND_LABELS: Record<EntityKind, string> = {
  skill: 'Skills',
  outcome: 'Learning outcomes',
  assessment: 'Assessments',
  activity: 'Learning activities',
  credential: 'Credentials',
  program: 'Programs',
};

export function countEntitiesByKind(doc: McredDocument): Record<EntityKind, number> {
  const counts = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  for (const e of Object.values(doc.entities)) counts[e.kind] += 1;
  return counts;
}

/** Credentials sorted by title, so the list reads the same whatever their ids are. */
export function credentialsOf(doc: McredDocument): Credential[] {
  return Object.values(doc.entities)
    .filter((e): e is Credential => e.kind === 'credential')
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** "12 ECTS" — a credit value is never shown without its unit. */
export function formatCredits(credits: Credits | undefined): string {
  if (!credits) return 'Not set';
  return `${credits.value.toLocaleString('en')} ${CREDIT_UNITS[credits.unit].short}`;
}

import type { EntityKind, McredDocument } from '../../../../../shared/model';
import { ENTITY_KIND_PLURALS } from './vocabLabels';

/** "3 outcomes, 1 skill and 2 links". */
export function selectionSummary(doc: Pick<McredDocument, 'entities' | 'links'>, ids: readonly string[]): string {
  const counts = new Map<EntityKind | 'link', number>();
  for (const id of ids) {
    const kind = doc.entities[id]?.kind ?? (doc.links[id] ? 'link' : undefined);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const parts = [...counts].map(([kind, n]) => {
    const [one, many] = kind === 'link' ? ['link', 'links'] : ENTITY_KIND_PLURALS[kind];
    return `${n} ${n === 1 ? one : many}`;
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

import { entityLabel, type Entity } from '../../../shared/model';

/** Text a search matches against: the label plus codes a designer might type. */
function haystack(e: Entity): string {
  const code = e.kind === 'outcome' || e.kind === 'credential' ? e.code : e.kind === 'skill' ? e.source?.code : undefined;
  return `${entityLabel(e)} ${code ?? ''}`.toLowerCase();
}

/**
 * Entities matching every word of `query`, best first: label starting with the query, then a
 * word starting with it, then anywhere; ties by label.
 */
export function searchEntities(entities: Readonly<Record<string, Entity>>, query: string, limit = 8): Entity[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const words = q.split(/\s+/);
  const hits: { e: Entity; score: number; label: string }[] = [];
  for (const id in entities) {
    const e = entities[id]!;
    const text = haystack(e);
    if (!words.every((w) => text.includes(w))) continue;
    const label = entityLabel(e);
    const lower = label.toLowerCase();
    const score = lower.startsWith(q) ? 0 : lower.includes(` ${words[0]}`) ? 1 : 2;
    hits.push({ e, score, label });
  }
  hits.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map((h) => h.e);
}

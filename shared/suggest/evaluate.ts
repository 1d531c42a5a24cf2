import type { Id, McredDocument } from '../model';

/** Ranks skills for one outcome of `doc`, best first, at most `k`. */
export type Ranker = (doc: McredDocument, outcome: Id, k: number) => Id[];

/** Mean recall@k and precision@k over the outcomes that have at least one gold skill. */
export interface Quality {
  recall: number;
  precision: number;
  /** Outcomes measured. */
  outcomes: number;
}

/** outcome id → the skills a designer linked to it (`addresses`). */
export function goldLinks(doc: McredDocument): Map<Id, Set<Id>> {
  const gold = new Map<Id, Set<Id>>();
  for (const id in doc.links) {
    const l = doc.links[id]!;
    if (l.kind !== 'addresses') continue;
    let s = gold.get(l.to);
    if (!s) gold.set(l.to, (s = new Set()));
    s.add(l.from);
  }
  return gold;
}

/** The map with its skill → outcome links (and dismissals) taken out, for an evaluation. */
export function withoutSkillLinks(doc: McredDocument): McredDocument {
  const links = Object.fromEntries(Object.entries(doc.links).filter(([, l]) => l.kind !== 'addresses'));
  const entities = Object.fromEntries(
    Object.entries(doc.entities).map(([id, e]) => {
      if (e.kind !== 'outcome' || !e.dismissedSkills) return [id, e];
      const { dismissedSkills: _dropped, ...rest } = e;
      return [id, rest];
    }),
  );
  return { ...doc, links: links as McredDocument['links'], entities: entities as McredDocument['entities'] };
}

/**
 * recall@k: per outcome |gold ∩ top k| / min(k, |gold|); precision@k: |gold ∩ top k| / k,
 * or / the number ranked when fewer were offered; an outcome with nothing ranked scores 0
 * for both. Both are averaged over the outcomes with gold links. The ranker sees the map without its skill links.
 */
export function evaluateRanking(doc: McredDocument, rank: Ranker, k = 3): Quality {
  const gold = goldLinks(doc);
  const blind = withoutSkillLinks(doc);
  let recall = 0;
  let precision = 0;
  const ids = [...gold.keys()].sort();
  for (const outcome of ids) {
    const want = gold.get(outcome)!;
    const top = rank(blind, outcome, k);
    const hits = top.filter((s) => want.has(s)).length;
    recall += hits / Math.min(k, want.size);
    precision += top.length ? hits / top.length : 0;
  }
  const n = ids.length || 1;
  return { recall: recall / n, precision: precision / n, outcomes: ids.length };
}

import type { Id, McredDocument, Outcome, Skill } from '../model';
import { plainTokens } from './tokens';

/**
 * The plain baseline the bench compares suggestions with: TF-IDF vectors (smoothed idf,
 * ln((1 + N) / (1 + df)) + 1, over the skills) and cosine similarity, on the same words
 * and stop words as the suggestions but without stemming, synonyms or field weights. The
 * skill's text is its statement, other names, description and group; the outcome's its
 * statement and criteria. Not used by the app.
 */

interface Model {
  ids: Id[];
  vectors: Map<string, number>[];
  norms: number[];
  idf: Map<string, number>;
}

const models = new WeakMap<McredDocument, Model>();

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

const skillText = (s: Skill) => [s.statement, ...(s.altLabels ?? []), s.description ?? '', s.group ?? ''].join(' ');
const outcomeText = (o: Outcome) => `${o.statement} ${o.criteria ?? ''}`;

function build(doc: McredDocument): Model {
  const skills = Object.values(doc.entities)
    .filter((e): e is Skill => e.kind === 'skill')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tfs = skills.map((s) => counts(plainTokens(skillText(s))));
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = skills.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((1 + n) / (1 + d)) + 1);
  const vectors = tfs.map((tf) => new Map([...tf].map(([t, c]) => [t, c * idf.get(t)!] as const)));
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)));
  return { ids: skills.map((s) => s.id), vectors, norms, idf };
}

/** The `k` skills most similar to the outcome by TF-IDF cosine (ties by id), none scoring 0. */
export function tfidfRanking(doc: McredDocument, outcomeId: Id, k: number): Id[] {
  const outcome = doc.entities[outcomeId];
  if (outcome?.kind !== 'outcome') return [];
  let model = models.get(doc);
  if (!model) models.set(doc, (model = build(doc)));
  const q = new Map<string, number>();
  for (const [t, c] of counts(plainTokens(outcomeText(outcome)))) {
    const w = model.idf.get(t);
    if (w !== undefined) q.set(t, c * w);
  }
  const qNorm = Math.sqrt([...q.values()].reduce((s, x) => s + x * x, 0));
  if (qNorm === 0) return [];
  const scored: { id: Id; cos: number }[] = [];
  model.vectors.forEach((v, i) => {
    let dot = 0;
    for (const [t, w] of q) dot += w * (v.get(t) ?? 0);
    if (dot > 0) scored.push({ id: model.ids[i]!, cos: dot / (qNorm * model.norms[i]!) });
  });
  scored.sort((a, b) => b.cos - a.cos || (a.id < b.id ? -1 : 1));
  return scored.slice(0, k).map((s) => s.id);
}

import type { Outcome } from '../model';
import { outcomeQuery, type Corpus, type SkillField } from './corpus';
import type { TopicWeights } from './topics';

/**
 * One outcome's ranking of the skills: the first cut by raw BM25F (`rankSkills`), the
 * order by the topic-weighted score (`weigh`) seen from both sides (`adjust`), and the
 * words a designer reads (`explain`).
 */

/** Raw BM25 at which the score reads 0.63; a strong statement match scores 8–15. */
export const SCALE = 8;
/** Below this a pair shares only a word or two of its criteria: not worth a designer's look. */
export const MIN_SCORE = 0.12;

export interface Ranked {
  outcome: Outcome;
  /** The best skill indexes into the corpus (at most KEEP, none below MIN_SCORE), best first, and their raw scores. */
  order: Int32Array;
  raw: Float64Array;
  /** The `why` of each skill shown so far, by corpus index. */
  why: Map<number, string>;
  /** Each kept skill's score by query word (sparse: skill i owns entries from[i] … from[i + 1] − 1 of `term` and `part`). */
  from: Int32Array;
  term: Int32Array;
  part: Float64Array;
  /** The kept skills' scores with each query word scaled by its topic factor (topics.ts); made when first asked for. */
  weighted?: Float64Array;
  topicGen?: number;
}

/** Skills kept per outcome: room for the suggestions shown after existing and dismissed pairs are skipped. */
export const KEEP = 40;
/** The raw BM25 that MIN_SCORE stands for. */
export const MIN_RAW = -SCALE * Math.log(1 - MIN_SCORE);

/**
 * A pair seen from both sides: the outcome's evidence for the skill times the skill's own
 * view, its share of the best evidence any outcome of the map gives it. A skill whose best
 * outcome is this one keeps its score; one that fits another outcome twice as well keeps half.
 */
export function adjust(raw: number, best: number): number {
  return best > raw ? (raw * raw) / best : raw;
}

export const toScore = (raw: number) => Math.round((1 - Math.exp(-raw / SCALE)) * 1000) / 1000;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Scores every skill for one outcome through the postings (terms in sorted order, so sums are reproducible). */
export function rankSkills(corpus: Corpus, outcome: Outcome, keep: number, acc: Float64Array): Ranked {
  const touched: number[] = [];
  for (const q of outcomeQuery(outcome)) {
    const p = corpus.postings.get(q.term);
    if (!p) continue;
    for (let j = 0; j < p.skill.length; j++) {
      const s = p.skill[j]!;
      if (acc[s] === 0) touched.push(s);
      acc[s] = acc[s]! + q.weight * p.score[j]!;
    }
  }
  // Only the best `keep` are sorted: a native numeric sort finds the cut, then the few above it are ordered.
  let floor = MIN_RAW;
  if (touched.length > keep) {
    const values = Float64Array.from(touched, (s) => acc[s]!).sort();
    floor = Math.max(floor, values[values.length - keep]!);
  }
  const good: number[] = [];
  for (const s of touched) if (acc[s]! >= floor) good.push(s);
  good.sort((a, b) => acc[b]! - acc[a]! || a - b);
  const kept = good.length > keep ? good.slice(0, keep) : good;
  const query = outcomeQuery(outcome);
  const from = new Int32Array(kept.length + 1);
  const term: number[] = [];
  const part: number[] = [];
  kept.forEach((s, i) => {
    const scores = corpus.bySkill[s]!;
    query.forEach((q, j) => {
      const v = scores.get(q.term);
      if (v === undefined) return;
      term.push(j);
      part.push(q.weight * v);
    });
    from[i + 1] = term.length;
  });
  const r: Ranked = {
    outcome,
    order: Int32Array.from(kept),
    raw: Float64Array.from(kept, (s) => acc[s]!),
    from,
    term: Int32Array.from(term),
    part: Float64Array.from(part),
    why: new Map(),
  };
  for (const s of touched) acc[s] = 0;
  return r;
}

/** The kept skills' scores with each query word scaled by its topic factor: the first cut is by raw score, the order by this. */
export function weigh(r: Ranked, topics: TopicWeights, generation: number): Float64Array {
  if (r.weighted && r.topicGen === generation) return r.weighted;
  const factors = outcomeQuery(r.outcome).map((q) => topics.factor(q.term));
  const out = new Float64Array(r.order.length);
  for (let i = 0; i < r.order.length; i++) {
    let w = 0;
    for (let k = r.from[i]!; k < r.from[i + 1]!; k++) w += factors[r.term[k]!]! * r.part[k]!;
    out[i] = w;
  }
  r.topicGen = generation;
  return (r.weighted = out);
}

/** The three words that weighed most in a pair, written the way each side wrote them. */
export function explain(corpus: Corpus, outcome: Outcome, skillIdx: number): string {
  const st = corpus.terms[skillIdx]!;
  const scores = corpus.bySkill[skillIdx]!;
  const parts: { text: string; weight: number; term: string; key: string }[] = [];
  for (const q of outcomeQuery(outcome)) {
    const v = scores.get(q.term);
    const seen = st.seen.get(q.term);
    if (v === undefined || !seen) continue;
    const where = FIELD_NOTE[seen.field];
    const text = q.synonym ? `'${q.word}' ${q.broader ? '→' : '≈'} '${seen.word}'${where}` : `'${seen.word}'${where}`;
    parts.push({ text, weight: q.weight * v, term: q.term, key: q.synonym ? q.word : seen.word });
  }
  parts.sort((a, b) => b.weight - a.weight || byId(a.term, b.term));
  // One mention per word: "configure" ≈ "define" is enough without ≈ "specify" too.
  const said = new Set<string>();
  const shown: string[] = [];
  for (const p of parts) {
    if (said.has(p.key) || shown.length === 3) continue;
    said.add(p.key);
    shown.push(p.text);
  }
  return `matched: ${shown.join(', ')}`;
}

const FIELD_NOTE: Readonly<Record<SkillField, string>> = { statement: '', altLabels: ' (other name)', description: ' (description)', group: ' (group)' };

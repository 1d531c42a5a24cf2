import type { Outcome, Skill } from '../model';
import { stripLeadingPhrase } from '../analysis/bloom/classify';
import { BLOOM_VERBS } from '../analysis/bloom/verbs';
import { synonymsOf } from './synonyms';
import { britishSpelling, termOf, terms, words, type Term } from './tokens';

/**
 * BM25F over the skills (Robertson & Zaragoza, "The Probabilistic Relevance Framework:
 * BM25 and Beyond", 2009): each field's term count is normalised by that field's length
 * against its average, the fields are weighted and summed, then saturated once. The
 * statement says what the skill is; other names (ESCO altLabels, O*NET alternate titles)
 * and the description widen the words it can be found by; the group places it.
 */

export const FIELDS = ['statement', 'altLabels', 'description', 'group'] as const;
export type SkillField = (typeof FIELDS)[number];
const WEIGHT: Readonly<Record<SkillField, number>> = { statement: 3, altLabels: 2, description: 1, group: 1 };
/** Many other names repeat one word ("log analysis", "log review", …): count it at most twice. */
const ALT_CAP = 2;
const K1 = 1.2;
const B = 0.75;
/** A synonym counts for half a word written the same. */
export const SYNONYM_WEIGHT = 0.5;
/** The outcome's criteria say more than its statement, and less precisely. */
const CRITERIA_WEIGHT = 0.4;
/** The outcome's main verb says how deep ("identify", "analyse"), not what about. */
const VERB_WEIGHT = 0.3;

/** A skill's words by field: counts, lengths and the word each term was first written as. */
export interface SkillTerms {
  counts: readonly ReadonlyMap<string, number>[];
  lengths: readonly number[];
  /** term → the first word and field it appears in, fields in FIELDS order. */
  seen: ReadonlyMap<string, { word: string; field: SkillField }>;
}

const skillCache = new WeakMap<Skill, SkillTerms>();

function count(list: readonly Term[], cap = Infinity): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t.term, Math.min(cap, (m.get(t.term) ?? 0) + 1));
  return m;
}

/** Cached per skill object: an edit replaces only the skill it changed, so the rest stay. */
export function skillTerms(skill: Skill): SkillTerms {
  const hit = skillCache.get(skill);
  if (hit) return hit;
  const byField: Record<SkillField, Term[]> = {
    statement: terms(skill.statement),
    altLabels: (skill.altLabels ?? []).flatMap(terms),
    description: terms(skill.description ?? ''),
    group: terms(skill.group ?? ''),
  };
  const seen = new Map<string, { word: string; field: SkillField }>();
  for (const field of FIELDS) for (const t of byField[field]) if (!seen.has(t.term)) seen.set(t.term, { word: t.word, field });
  const counts = FIELDS.map((f) => count(byField[f], f === 'altLabels' ? ALT_CAP : Infinity));
  // Other names are measured by their distinct words, so a skill with thirty names is not penalised for length.
  const lengths = FIELDS.map((f, i) => (f === 'altLabels' ? counts[i]!.size : byField[f].length));
  const out: SkillTerms = { counts, lengths, seen };
  skillCache.set(skill, out);
  return out;
}

/** One term of an outcome's query: its weight and the outcome's word (or the word a synonym came from). */
export interface QueryTerm {
  term: string;
  weight: number;
  word: string;
  /** Set when the term came in as a synonym of the outcome's `word`. */
  synonym: boolean;
}

const queryCache = new WeakMap<Outcome, readonly QueryTerm[]>();

/** The outcome's statement (full weight) and criteria, widened by synonyms; sorted by term. */
export function outcomeQuery(outcome: Outcome): readonly QueryTerm[] {
  const hit = queryCache.get(outcome);
  if (hit) return hit;
  const q = new Map<string, QueryTerm>();
  const add = (term: string, weight: number, word: string, synonym: boolean) => {
    const had = q.get(term);
    if (!had || had.weight < weight || (had.weight === weight && had.synonym && !synonym)) q.set(term, { term, weight, word, synonym });
  };
  // The first word and any verb after "to" ("… to identify …") are level verbs.
  const all = words(stripLeadingPhrase(outcome.statement));
  all.forEach((word, i) => {
    const term = termOf(word);
    if (!term) return;
    const isVerb = (i === 0 || all[i - 1] === 'to') && BLOOM_VERBS.has(britishSpelling(word));
    add(term, isVerb ? VERB_WEIGHT : 1, word, false);
  });
  for (const t of terms(outcome.criteria ?? '')) add(t.term, CRITERIA_WEIGHT, t.word, false);
  // Only the statement's words are widened: the criteria's many words would mostly add noise.
  for (const direct of [...q.values()]) {
    if (direct.weight < 1) continue;
    for (const s of synonymsOf(direct.term)) add(s, SYNONYM_WEIGHT, direct.word, true);
  }
  const out = [...q.values()].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  queryCache.set(outcome, out);
  return out;
}

/** The skills of a map as one BM25F index: postings per term, inverse document frequencies. */
export interface Corpus {
  /** Skill ids in code-unit order; postings point into it. */
  ids: readonly string[];
  terms: readonly SkillTerms[];
  /** term → parallel arrays of skill index and its saturated, idf-weighted score. */
  postings: ReadonlyMap<string, { skill: Int32Array; score: Float64Array }>;
  /** The same scores by skill: term → score, for one pair at a time. */
  bySkill: readonly ReadonlyMap<string, number>[];
}

export function buildCorpus(skills: readonly Skill[]): Corpus {
  const sorted = [...skills].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const all = sorted.map(skillTerms);
  const n = all.length;
  const avg = FIELDS.map((_, f) => (n ? all.reduce((s, t) => s + t.lengths[f]!, 0) / n : 0));
  const weighted = new Map<string, { skill: number[]; tf: number[] }>();
  all.forEach((st, i) => {
    const tf = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      const len = avg[f]! > 0 ? st.lengths[f]! / avg[f]! : 1;
      const norm = 1 - B + B * len;
      for (const [term, c] of st.counts[f]!) tf.set(term, (tf.get(term) ?? 0) + (WEIGHT[field] * c) / norm);
    });
    for (const [term, v] of tf) {
      let p = weighted.get(term);
      if (!p) weighted.set(term, (p = { skill: [], tf: [] }));
      p.skill.push(i);
      p.tf.push(v);
    }
  });
  const postings = new Map<string, { skill: Int32Array; score: Float64Array }>();
  const bySkill = all.map(() => new Map<string, number>());
  for (const [term, p] of weighted) {
    const df = p.skill.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const score = Float64Array.from(p.tf, (tf) => (idf * tf * (K1 + 1)) / (tf + K1));
    postings.set(term, { skill: Int32Array.from(p.skill), score });
    p.skill.forEach((i, j) => bySkill[i]!.set(term, score[j]!));
  }
  return { ids: sorted.map((s) => s.id), terms: all, postings, bySkill };
}

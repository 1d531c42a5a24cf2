import { SETTINGS_RECORD, type Id, type McredDocument, type Outcome, type Skill } from '../model';
import { buildCorpus, outcomeQuery, type Corpus, type SkillField } from './corpus';
import { TopicWeights } from './topics';

/** One suggested skill → outcome link ("addresses"): higher score is better. */
export interface Suggestion {
  outcome: Id;
  skill: Id;
  /** In (0, 1): 1 − e^(−bm25 / SCALE), rounded to 3 decimals. */
  score: number;
  /** The words that matched, as a designer reads them: "matched: 'logs', 'alert' ≈ 'alarm'". */
  why: string;
}

export interface SuggestOptions {
  /** Only suggestions for this outcome (its best skills). */
  outcome?: Id;
  /** Only suggestions for this skill (its best outcomes). */
  skill?: Id;
  /** Suggestions per outcome (or per skill with `skill`); 3 unless given. */
  limit?: number;
}

/** Raw BM25 at which the score reads 0.63; a strong statement match scores 8–15. */
const SCALE = 8;
/** Below this a pair shares only a word or two of its criteria: not worth a designer's look. */
export const MIN_SCORE = 0.12;
const DEFAULT_LIMIT = 3;

interface Ranked {
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
const KEEP = 40;
/** The raw BM25 that MIN_SCORE stands for. */
const MIN_RAW = -SCALE * Math.log(1 - MIN_SCORE);

/**
 * A pair seen from both sides: the outcome's evidence for the skill times the skill's own
 * view, its share of the best evidence any outcome of the map gives it. A skill whose best
 * outcome is this one keeps its score; one that fits another outcome twice as well keeps half.
 */
function adjust(raw: number, best: number): number {
  return best > raw ? (raw * raw) / best : raw;
}

const pairKey = (skill: Id, outcome: Id) => `${skill}\u0000${outcome}`;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const toScore = (raw: number) => Math.round((1 - Math.exp(-raw / SCALE)) * 1000) / 1000;

/** Sorted score first, then outcome id, then skill id. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return b.score - a.score || byId(a.outcome, b.outcome) || byId(a.skill, b.skill);
}

/**
 * The suggestion index of one map. Built once; `update` takes the next version of the map
 * and the record ids an edit changed (`changedIdsFromPatches`): a changed skill rebuilds
 * the skill index (each skill's words stay cached by object, so that is cheap) and
 * forgets every ranking, a changed outcome forgets only its own ranking, a changed link
 * only moves which pairs already exist. Rankings are computed when first asked for.
 */
export class SuggestIndex {
  private doc: McredDocument;
  private corpus: Corpus;
  private skillIndex = new Map<Id, number>();
  private ranked = new Map<Id, Ranked>();
  private existing = new Map<string, number>();
  /** Bumped when a link of the outcome appears or goes, so its cached list is made again. */
  private linkVersion = new Map<Id, number>();
  private shown = new Map<Id, { ranked: Ranked; weighted: Float64Array; limit: number; links: number; list: readonly Suggestion[] }>();
  /** Scratch: one running sum per skill while an outcome is scored. */
  private acc = new Float64Array(0);
  /** Per skill, its best raw score over every outcome's kept skills (the reciprocal side); made again when asked for after a change. */
  private best: Float64Array | undefined;
  private bestStale = true;
  private outcomeList: Outcome[] | undefined;
  private topics: TopicWeights;
  /** Bumped when the number of outcomes changes: every topic factor moves. */
  private topicGen = 0;

  constructor(doc: McredDocument) {
    this.doc = doc;
    this.corpus = this.rebuildSkills();
    this.topics = new TopicWeights(this.outcomes());
    this.rebuildLinks();
  }

  /** Follows the map to `next`; without `changedIds` everything is rebuilt. */
  update(next: McredDocument, changedIds?: ReadonlySet<string>): this {
    const prev = this.doc;
    this.doc = next;
    this.bestStale = true;
    this.outcomeList = undefined;
    if (!changedIds || changedIds.has(SETTINGS_RECORD)) {
      this.corpus = this.rebuildSkills();
      this.topics = new TopicWeights(this.outcomes());
      this.ranked.clear();
      this.shown.clear();
      this.best = undefined;
      this.rebuildLinks();
      return this;
    }
    let skillsChanged = false;
    const moved = new Set<string>();
    const outcomes = this.topics.outcomes;
    for (const id of changedIds) {
      const before = prev.entities[id];
      const after = next.entities[id];
      if (before?.kind === 'skill' || after?.kind === 'skill') skillsChanged = true;
      if (before?.kind === 'outcome' || after?.kind === 'outcome') {
        this.ranked.delete(id);
        const was = before?.kind === 'outcome' ? before : undefined;
        const is = after?.kind === 'outcome' ? after : undefined;
        if (was !== is) for (const t of this.topics.replace(was, is)) moved.add(t);
      }
      const from = prev.links[id];
      if (from?.kind === 'addresses') this.countPair(from.from, from.to, -1);
      const to = next.links[id];
      if (to?.kind === 'addresses') this.countPair(to.from, to.to, 1);
    }
    if (this.topics.outcomes !== outcomes) this.topicGen++;
    else if (moved.size) {
      for (const r of this.ranked.values()) if (outcomeQuery(r.outcome).some((q) => moved.has(q.term))) r.weighted = undefined;
    }
    if (skillsChanged) {
      this.corpus = this.rebuildSkills();
      this.ranked.clear();
      this.shown.clear();
      this.best = undefined;
    }
    return this;
  }

  /** The best skills for one outcome, never one it is linked to or was said not to address. */
  forOutcome(outcomeId: Id, limit = DEFAULT_LIMIT): Suggestion[] {
    const r = this.rank(outcomeId);
    if (!r) return [];
    this.skillBest();
    const links = this.linkVersion.get(outcomeId) ?? 0;
    const weighted = this.weightedOf(r);
    const hit = this.shown.get(outcomeId);
    if (hit && hit.ranked === r && hit.weighted === weighted && hit.limit === limit && hit.links === links) return [...hit.list];
    const list = this.pick(r, limit);
    this.shown.set(outcomeId, { ranked: r, weighted, limit, links, list });
    return [...list];
  }

  private pick(r: Ranked, limit: number): Suggestion[] {
    const outcomeId = r.outcome.id;
    const dismissed = new Set(r.outcome.dismissedSkills ?? []);
    const best = this.skillBest();
    const walk = (ranked: Ranked): Suggestion[] => {
      const out: Suggestion[] = [];
      for (const { skill: idx, adjusted } of this.reciprocal(ranked, best)) {
        if (out.length === limit) break;
        const skill = this.corpus.ids[idx]!;
        if (dismissed.has(skill) || this.existing.has(pairKey(skill, outcomeId))) continue;
        let why = r.why.get(idx);
        if (why === undefined) r.why.set(idx, (why = this.why(r.outcome, idx)));
        out.push({ outcome: outcomeId, skill, score: toScore(adjusted), why });
      }
      return out;
    };
    const out = walk(r);
    // Rare: more of the kept skills were linked or dismissed than KEEP leaves room for.
    return out.length < limit && r.order.length === KEEP ? walk(this.score(r.outcome, Infinity)) : out;
  }

  /**
   * The kept skills of one ranking re-ordered by the reciprocal view (`adjust`), sorted by
   * adjusted score, then skill index. Every kept skill is at or above MIN_SCORE (`score`).
   */
  private reciprocal(r: Ranked, best: Float64Array): { skill: number; adjusted: number }[] {
    const weighted = this.weightedOf(r);
    const adjusted = new Float64Array(r.order.length);
    for (let i = 0; i < r.order.length; i++) adjusted[i] = adjust(weighted[i]!, best[r.order[i]!]!);
    const at = Array.from(r.order.keys());
    at.sort((a, b) => adjusted[b]! - adjusted[a]! || r.order[a]! - r.order[b]!);
    return at.map((i) => ({ skill: r.order[i]!, adjusted: adjusted[i]! }));
  }

  /**
   * Per skill, its best raw score over the kept skills of every outcome (ranking any outcome
   * not ranked yet). When it is made again after an edit, only the lists shown for outcomes
   * that keep a skill whose best moved are forgotten.
   */
  private skillBest(): Float64Array {
    if (this.best && !this.bestStale) return this.best;
    const best = new Float64Array(this.corpus.ids.length);
    for (const o of this.outcomes()) {
      const r = this.rank(o.id)!;
      const weighted = this.weightedOf(r);
      for (let i = 0; i < r.order.length; i++) {
        const s = r.order[i]!;
        if (weighted[i]! > best[s]!) best[s] = weighted[i]!;
      }
    }
    const old = this.best;
    if (old && old.length === best.length) {
      const moved = new Set<number>();
      for (let s = 0; s < best.length; s++) if (old[s] !== best[s]) moved.add(s);
      if (moved.size) for (const [id, hit] of this.shown) if (hit.ranked.order.some((s) => moved.has(s))) this.shown.delete(id);
    } else this.shown.clear();
    this.bestStale = false;
    return (this.best = best);
  }

  /** The outcomes one skill most likely serves, best first. */
  forSkill(skillId: Id, limit = DEFAULT_LIMIT): Suggestion[] {
    const idx = this.skillIndex.get(skillId);
    if (idx === undefined) return [];
    const best = this.skillBest()[idx]!;
    const found: { outcome: Outcome; adjusted: number }[] = [];
    for (const o of this.outcomes()) {
      if (o.dismissedSkills?.includes(skillId) || this.existing.has(pairKey(skillId, o.id))) continue;
      const { raw, weighted } = this.pairRaw(o, idx);
      if (toScore(raw) >= MIN_SCORE) found.push({ outcome: o, adjusted: adjust(weighted, best) });
    }
    found.sort((a, b) => b.adjusted - a.adjusted || byId(a.outcome.id, b.outcome.id));
    return found.slice(0, limit).map(({ outcome, adjusted }) => ({ outcome: outcome.id, skill: skillId, score: toScore(adjusted), why: this.why(outcome, idx) }));
  }

  /** Every outcome's best `limit` skills, sorted by score, then outcome id, then skill id. */
  all(limit = DEFAULT_LIMIT): Suggestion[] {
    return this.outcomes()
      .flatMap((o) => this.forOutcome(o.id, limit))
      .sort(compareSuggestions);
  }

  suggest(options: SuggestOptions = {}): Suggestion[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (options.outcome !== undefined) {
      const list = this.forOutcome(options.outcome, options.skill === undefined ? limit : Infinity);
      return options.skill === undefined ? list : list.filter((s) => s.skill === options.skill).slice(0, limit);
    }
    if (options.skill !== undefined) return this.forSkill(options.skill, limit);
    return this.all(limit);
  }

  /** The map's outcomes sorted by id; made again after an edit that touched an outcome. */
  private outcomes(): Outcome[] {
    if (this.outcomeList) return this.outcomeList;
    const out: Outcome[] = [];
    for (const id in this.doc.entities) {
      const e = this.doc.entities[id]!;
      if (e.kind === 'outcome') out.push(e);
    }
    return (this.outcomeList = out.sort((a, b) => byId(a.id, b.id)));
  }

  private rebuildSkills(): Corpus {
    const skills: Skill[] = [];
    for (const id in this.doc.entities) {
      const e = this.doc.entities[id]!;
      if (e.kind === 'skill') skills.push(e);
    }
    const corpus = buildCorpus(skills);
    this.skillIndex = new Map(corpus.ids.map((id, i) => [id, i]));
    return corpus;
  }

  private rebuildLinks(): void {
    this.existing.clear();
    this.shown.clear();
    for (const id in this.doc.links) {
      const l = this.doc.links[id]!;
      if (l.kind === 'addresses') this.countPair(l.from, l.to, 1);
    }
  }

  private countPair(skill: Id, outcome: Id, delta: number): void {
    this.linkVersion.set(outcome, (this.linkVersion.get(outcome) ?? 0) + 1);
    const key = pairKey(skill, outcome);
    const n = (this.existing.get(key) ?? 0) + delta;
    if (n > 0) this.existing.set(key, n);
    else this.existing.delete(key);
  }

  private rank(outcomeId: Id): Ranked | undefined {
    const outcome = this.doc.entities[outcomeId];
    if (outcome?.kind !== 'outcome') return undefined;
    const cached = this.ranked.get(outcomeId);
    if (cached && cached.outcome === outcome) return cached;
    const r = this.score(outcome, KEEP);
    this.ranked.set(outcomeId, r);
    return r;
  }

  /** Scores every skill for one outcome through the postings (terms in sorted order, so sums are reproducible). */
  private score(outcome: Outcome, keep: number): Ranked {
    const n = this.corpus.ids.length;
    if (this.acc.length < n) this.acc = new Float64Array(n);
    const acc = this.acc;
    const touched: number[] = [];
    for (const q of outcomeQuery(outcome)) {
      const p = this.corpus.postings.get(q.term);
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
      const scores = this.corpus.bySkill[s]!;
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

  /** One pair's raw and topic-weighted scores, summed in the same order as `score` and `weightedOf`. */
  private pairRaw(outcome: Outcome, skillIdx: number): { raw: number; weighted: number } {
    const scores = this.corpus.bySkill[skillIdx]!;
    let raw = 0;
    let weighted = 0;
    for (const q of outcomeQuery(outcome)) {
      const v = scores.get(q.term);
      if (v === undefined) continue;
      raw += q.weight * v;
      weighted += this.topics.factor(q.term) * (q.weight * v);
    }
    return { raw, weighted };
  }

  /** The kept skills' scores with each query word scaled by its topic factor: the first cut is by raw score, the order by this. */
  private weightedOf(r: Ranked): Float64Array {
    if (r.weighted && r.topicGen === this.topicGen) return r.weighted;
    const factors = outcomeQuery(r.outcome).map((q) => this.topics.factor(q.term));
    const out = new Float64Array(r.order.length);
    for (let i = 0; i < r.order.length; i++) {
      let w = 0;
      for (let k = r.from[i]!; k < r.from[i + 1]!; k++) w += factors[r.term[k]!]! * r.part[k]!;
      out[i] = w;
    }
    r.topicGen = this.topicGen;
    return (r.weighted = out);
  }

  /** The three words that weighed most in a pair, written the way each side wrote them. */
  private why(outcome: Outcome, skillIdx: number): string {
    const st = this.corpus.terms[skillIdx]!;
    const scores = this.corpus.bySkill[skillIdx]!;
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
}

const FIELD_NOTE: Readonly<Record<SkillField, string>> = { statement: '', altLabels: ' (other name)', description: ' (description)', group: ' (group)' };

const indexes = new WeakMap<McredDocument, SuggestIndex>();

/**
 * Suggested skill → outcome links for a map: per outcome its best skills (or only one
 * outcome's, or one skill's best outcomes), deterministic and sorted by score, then
 * outcome id, then skill id. Never an existing `addresses` link or a dismissed pair.
 */
export function suggestLinks(doc: McredDocument, options: SuggestOptions = {}): Suggestion[] {
  let index = indexes.get(doc);
  if (!index) indexes.set(doc, (index = new SuggestIndex(doc)));
  return index.suggest(options);
}

import { SETTINGS_RECORD, type Id, type McredDocument, type Outcome, type Skill } from '../model';
import { buildCorpus, outcomeQuery, type Corpus } from './corpus';
import { adjust, explain, KEEP, MIN_SCORE, rankSkills, toScore, weigh, type Ranked } from './rank';
import { TopicWeights } from './topics';

export { MIN_SCORE } from './rank';

const DEFAULT_LIMIT = 3;

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




const pairKey = (skill: Id, outcome: Id) => `${skill}\u0000${outcome}`;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
    const weighted = weigh(r, this.topics, this.topicGen);
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
        if (why === undefined) r.why.set(idx, (why = explain(this.corpus, r.outcome, idx)));
        out.push({ outcome: outcomeId, skill, score: toScore(adjusted), why });
      }
      return out;
    };
    const out = walk(r);
    // Rare: more of the kept skills were linked or dismissed than KEEP leaves room for.
    return out.length < limit && r.order.length === KEEP ? walk(rankSkills(this.corpus, r.outcome, Infinity, this.scratch())) : out;
  }

  /**
   * The kept skills of one ranking re-ordered by the reciprocal view (`adjust`), sorted by
   * adjusted score, then skill index. Every kept skill is at or above MIN_SCORE (`score`).
   */
  private reciprocal(r: Ranked, best: Float64Array): { skill: number; adjusted: number }[] {
    const weighted = weigh(r, this.topics, this.topicGen);
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
      const weighted = weigh(r, this.topics, this.topicGen);
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
    return found.slice(0, limit).map(({ outcome, adjusted }) => ({ outcome: outcome.id, skill: skillId, score: toScore(adjusted), why: explain(this.corpus, outcome, idx) }));
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
  /** Scratch: one running sum per skill while an outcome is scored (left at zero). */
  private scratch(): Float64Array {
    if (this.acc.length < this.corpus.ids.length) this.acc = new Float64Array(this.corpus.ids.length);
    return this.acc;
  }

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
    const r = rankSkills(this.corpus, outcome, KEEP, this.scratch());
    this.ranked.set(outcomeId, r);
    return r;
  }


  /** One pair's raw and topic-weighted scores, summed in the same order as `rankSkills` and `weigh`. */
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


}


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

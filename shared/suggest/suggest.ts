import { SETTINGS_RECORD, type Id, type McredDocument, type Outcome, type Skill } from '../model';
import { buildCorpus, outcomeQuery, type Corpus, type SkillField } from './corpus';

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
}

/** Skills kept per outcome: room for the suggestions shown after existing and dismissed pairs are skipped. */
const KEEP = 40;
/** The raw BM25 that MIN_SCORE stands for. */
const MIN_RAW = -SCALE * Math.log(1 - MIN_SCORE);

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
  private shown = new Map<Id, { ranked: Ranked; limit: number; links: number; list: readonly Suggestion[] }>();
  /** Scratch: one running sum per skill while an outcome is scored. */
  private acc = new Float64Array(0);

  constructor(doc: McredDocument) {
    this.doc = doc;
    this.corpus = this.rebuildSkills();
    this.rebuildLinks();
  }

  /** Follows the map to `next`; without `changedIds` everything is rebuilt. */
  update(next: McredDocument, changedIds?: ReadonlySet<string>): this {
    const prev = this.doc;
    this.doc = next;
    if (!changedIds || changedIds.has(SETTINGS_RECORD)) {
      this.corpus = this.rebuildSkills();
      this.ranked.clear();
      this.shown.clear();
      this.rebuildLinks();
      return this;
    }
    let skillsChanged = false;
    for (const id of changedIds) {
      if (prev.entities[id]?.kind === 'skill' || next.entities[id]?.kind === 'skill') skillsChanged = true;
      if (prev.entities[id]?.kind === 'outcome' || next.entities[id]?.kind === 'outcome') this.ranked.delete(id);
      const before = prev.links[id];
      if (before?.kind === 'addresses') this.countPair(before.from, before.to, -1);
      const after = next.links[id];
      if (after?.kind === 'addresses') this.countPair(after.from, after.to, 1);
    }
    if (skillsChanged) {
      this.corpus = this.rebuildSkills();
      this.ranked.clear();
      this.shown.clear();
    }
    return this;
  }

  /** The best skills for one outcome, never one it is linked to or was said not to address. */
  forOutcome(outcomeId: Id, limit = DEFAULT_LIMIT): Suggestion[] {
    const r = this.rank(outcomeId);
    if (!r) return [];
    const links = this.linkVersion.get(outcomeId) ?? 0;
    const hit = this.shown.get(outcomeId);
    if (hit && hit.ranked === r && hit.limit === limit && hit.links === links) return [...hit.list];
    const list = this.pick(r, limit);
    this.shown.set(outcomeId, { ranked: r, limit, links, list });
    return [...list];
  }

  private pick(r: Ranked, limit: number): Suggestion[] {
    const outcomeId = r.outcome.id;
    const dismissed = new Set(r.outcome.dismissedSkills ?? []);
    const out: Suggestion[] = [];
    let ranked = r;
    for (let i = 0; i < ranked.order.length && out.length < limit; i++) {
      const skill = this.corpus.ids[ranked.order[i]!]!;
      const score = toScore(ranked.raw[i]!);
      if (score < MIN_SCORE) break;
      if (dismissed.has(skill) || this.existing.has(pairKey(skill, outcomeId))) continue;
      out.push({ outcome: outcomeId, skill, score, why: this.why(r.outcome, ranked.order[i]!) });
      // Rare: more of the kept skills were linked or dismissed than KEEP leaves room for.
      if (i === ranked.order.length - 1 && out.length < limit && ranked.order.length === KEEP) ranked = this.score(r.outcome, Infinity);
    }
    return out;
  }

  /** The outcomes one skill most likely serves, best first. */
  forSkill(skillId: Id, limit = DEFAULT_LIMIT): Suggestion[] {
    const idx = this.skillIndex.get(skillId);
    if (idx === undefined) return [];
    const found: { outcome: Outcome; raw: number }[] = [];
    for (const o of this.outcomes()) {
      if (o.dismissedSkills?.includes(skillId) || this.existing.has(pairKey(skillId, o.id))) continue;
      const raw = this.pairRaw(o, idx);
      if (raw >= MIN_RAW && toScore(raw) >= MIN_SCORE) found.push({ outcome: o, raw });
    }
    found.sort((a, b) => b.raw - a.raw || byId(a.outcome.id, b.outcome.id));
    return found.slice(0, limit).map(({ outcome, raw }) => ({ outcome: outcome.id, skill: skillId, score: toScore(raw), why: this.why(outcome, idx) }));
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

  private outcomes(): Outcome[] {
    const out: Outcome[] = [];
    for (const id in this.doc.entities) {
      const e = this.doc.entities[id]!;
      if (e.kind === 'outcome') out.push(e);
    }
    return out.sort((a, b) => byId(a.id, b.id));
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
    const r: Ranked = { outcome, order: Int32Array.from(kept), raw: Float64Array.from(kept, (s) => acc[s]!) };
    for (const s of touched) acc[s] = 0;
    return r;
  }

  /** One pair's raw score, summed in the same order as `score`. */
  private pairRaw(outcome: Outcome, skillIdx: number): number {
    const scores = this.corpus.bySkill[skillIdx]!;
    let raw = 0;
    for (const q of outcomeQuery(outcome)) {
      const v = scores.get(q.term);
      if (v !== undefined) raw += q.weight * v;
    }
    return raw;
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
      const text = q.synonym ? `'${q.word}' ≈ '${seen.word}'${where}` : `'${seen.word}'${where}`;
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

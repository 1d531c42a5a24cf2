import type { Outcome } from '../model';
import { outcomeQuery } from './corpus';

/**
 * The map's topic words: a word that most of the map's outcomes use ("medication" in a
 * medication-safety course, "weld" in a welding one) names the course, not what one outcome
 * adds to it, so it tells little about which skill that outcome addresses. The outcome-side
 * inverse document frequency (the same BM25 idf, over the map's outcomes) scales each query
 * word: a word only this outcome uses counts in full, one every outcome uses keeps
 * 1 − TOPIC of its weight. Counted over the words an outcome writes (not synonyms).
 */
export const TOPIC = 0.75;

const written = (o: Outcome) => outcomeQuery(o).filter((q) => !q.synonym);

export class TopicWeights {
  private df = new Map<string, number>();
  private n = 0;

  constructor(outcomes: readonly Outcome[]) {
    for (const o of outcomes) this.count(o, 1);
  }

  /** How many outcomes the map has. */
  get outcomes(): number {
    return this.n;
  }

  /** Follows one outcome's edit (`before` or `after` missing when it was created or deleted); returns the terms whose counts moved. */
  replace(before: Outcome | undefined, after: Outcome | undefined): Set<string> {
    const moved = new Set<string>();
    const had = new Set(before ? written(before).map((q) => q.term) : []);
    const has = new Set(after ? written(after).map((q) => q.term) : []);
    for (const t of had) if (!has.has(t)) moved.add(t);
    for (const t of has) if (!had.has(t)) moved.add(t);
    if (before) this.count(before, -1);
    if (after) this.count(after, 1);
    return moved;
  }

  /** The weight factor of a query term, in [1 − TOPIC, 1]. */
  factor(term: string): number {
    const n = this.n;
    if (n < 2) return 1;
    const df = Math.max(1, this.df.get(term) ?? 1);
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const top = Math.log(1 + (n - 0.5) / 1.5);
    return 1 - TOPIC + (TOPIC * Math.min(idf, top)) / top;
  }

  private count(o: Outcome, delta: number): void {
    this.n += delta;
    for (const q of written(o)) {
      const v = (this.df.get(q.term) ?? 0) + delta;
      if (v > 0) this.df.set(q.term, v);
      else this.df.delete(q.term);
    }
  }
}

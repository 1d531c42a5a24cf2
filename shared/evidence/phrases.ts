import { stem } from './match';

/**
 * Frequent two- and three-word phrases of the postings, counted once per posting, for the
 * "in demand, not in the map" list. Phrases starting or ending with a stop word, or made of
 * job-ad boilerplate, are not counted. Memory is bounded by lossy counting: when more than
 * `limit` phrases are held, those seen in fewer postings than the current floor are dropped
 * and the floor rises, so rare phrases may be under-counted (the result says so).
 */
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'able ability apply applicant applicants benefit benefits candidate candidates career company competitive day days degree description duties equal employer employment environment etc excellent experience full help including job jobs join looking must new opportunity opportunities part per plus position preferred role salary strong team teams time title week work working year years required requirements requires responsibilities skill skills knowledge using use well within'
  ).split(' '),
);

export class PhraseCounter {
  private readonly counts = new Map<string, { surface: string; postings: number; missed: number }>();
  private floor = 0;
  approximate = false;

  constructor(private readonly limit = 200_000) {}

  /** Counts the phrases of one posting (its lowercase words). */
  feed(postingWords: readonly string[]): void {
    const seen = new Set<string>();
    const n = postingWords.length;
    for (let i = 0; i < n; i++) {
      const a = postingWords[i]!;
      if (STOP.has(a) || a.length < 2 || /^\d+$/.test(a)) continue;
      let surface = a;
      let key = stem(a);
      for (let len = 2; len <= 3 && i + len - 1 < n; len++) {
        const w = postingWords[i + len - 1]!;
        surface += ` ${w}`;
        key += ` ${stem(w)}`;
        if (STOP.has(w) || /^\d+$/.test(w) || w.length < 2) {
          if (len === 2 && !STOP.has(w)) break;
          continue;
        }
        if (seen.has(key)) continue;
        seen.add(key);
        const c = this.counts.get(key);
        if (c) c.postings++;
        else this.counts.set(key, { surface, postings: 1, missed: this.floor });
      }
    }
    if (this.counts.size > this.limit) this.prune();
  }

  private prune(): void {
    this.floor++;
    this.approximate = true;
    for (const [k, v] of this.counts) if (v.postings + v.missed <= this.floor) this.counts.delete(k);
  }

  /** The most frequent phrases seen in at least `min` postings, excluding `skip(key)`. */
  top(min: number, count: number, skip: (stemKey: string) => boolean): { name: string; postings: number }[] {
    const out: { key: string; name: string; postings: number }[] = [];
    for (const [key, v] of this.counts) if (v.postings >= min && !skip(key)) out.push({ key, name: v.surface, postings: v.postings });
    out.sort((a, b) => b.postings - a.postings || a.name.localeCompare(b.name));
    // A two-word phrase inside a three-word one of the same count says nothing more.
    const kept: { key: string; name: string; postings: number }[] = [];
    for (const p of out) {
      if (kept.some((k) => k.postings === p.postings && ` ${k.key} `.includes(` ${p.key} `))) continue;
      kept.push(p);
      if (kept.length >= count) break;
    }
    return kept.map(({ name, postings }) => ({ name, postings }));
  }
}

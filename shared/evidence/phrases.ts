import { stem } from './match';

/**
 * Frequent two-word phrases of the postings ("threat intelligence", "penetration testing"),
 * counted once per posting, for the "in demand, not in the map" list. Phrases with a stop
 * word or job-ad boilerplate in them are not counted; words are compared by stem, so
 * "penetration tests" and "penetration testing" are one phrase. Memory is bounded twice:
 * at most `MAX_WORDS` distinct words get an id (later new words are not counted in
 * phrases), and by lossy counting: when more than `limit` phrases are held, those seen in
 * fewer postings than the current floor are dropped and the floor rises, so rare phrases
 * may be under-counted (the result says so).
 */
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'able ability apply applicant applicants benefit benefits candidate candidates career company competitive day days degree description duties equal employer employment environment etc excellent experience full help including job jobs join looking must new opportunity opportunities part per plus position preferred role salary strong team teams time title week work working year years required requirements requires responsibilities skill skills knowledge using use well within'
  ).split(' '),
);

const MAX_WORDS = 1 << 20;

interface Entry {
  surface: string;
  postings: number;
  missed: number;
  /** The last posting that counted it, so a posting counts once. */
  last: number;
}

export class PhraseCounter {
  /** Stem → id; 0 means a stop word, a number or a word too short to count. */
  private readonly ids = new Map<string, number>();
  private readonly stemOf: string[] = [''];
  private readonly counts = new Map<number, Entry>();
  private floor = 0;
  private posting = 0;
  approximate = false;

  constructor(private readonly limit = 200_000) {}

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    if (STOP.has(word) || word.length < 2 || /^\d+$/.test(word)) id = 0;
    else if (this.stemOf.length >= MAX_WORDS) return 0;
    else {
      const s = stem(word);
      id = this.ids.get(`\u0000${s}`);
      if (id === undefined) {
        id = this.stemOf.length;
        this.stemOf.push(s);
        this.ids.set(`\u0000${s}`, id);
      }
    }
    this.ids.set(word, id);
    return id;
  }

  /** Counts the phrases of one posting (its lowercase words). */
  feed(postingWords: readonly string[]): void {
    const p = ++this.posting;
    let prev = 0;
    for (let i = 0; i < postingWords.length; i++) {
      const id = this.idOf(postingWords[i]!);
      if (prev && id && prev !== id) {
        const key = prev * MAX_WORDS + id;
        const e = this.counts.get(key);
        if (!e) this.counts.set(key, { surface: `${postingWords[i - 1]} ${postingWords[i]}`, postings: 1, missed: this.floor, last: p });
        else if (e.last !== p) {
          e.postings++;
          e.last = p;
        }
      }
      prev = id;
    }
    if (this.counts.size > this.limit) this.prune();
  }

  private prune(): void {
    this.floor++;
    this.approximate = true;
    for (const [k, v] of this.counts) if (v.postings + v.missed <= this.floor) this.counts.delete(k);
  }

  /** The most frequent phrases seen in at least `min` postings, excluding `skip(stems joined by a space)`. */
  top(min: number, count: number, skip: (stemKey: string) => boolean): { name: string; postings: number }[] {
    const out: { name: string; postings: number }[] = [];
    for (const [key, v] of this.counts) {
      if (v.postings < min) continue;
      const stems = `${this.stemOf[Math.floor(key / MAX_WORDS)]} ${this.stemOf[key % MAX_WORDS]}`;
      if (!skip(stems)) out.push({ name: v.surface, postings: v.postings });
    }
    out.sort((a, b) => b.postings - a.postings || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return out.slice(0, count);
  }
}

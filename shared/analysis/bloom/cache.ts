import { classifyOutcome, type BloomClassification } from './classify';

/**
 * Classifications by statement text, kept between runs and between documents: a
 * classification depends on the text alone, and a map re-opened, merged or re-checked in
 * full repeats almost all of its statements. Text is the key (not the outcome record), so
 * a changed statement can never be answered from an old entry.
 *
 * Bounded with two generations: entries go into `recent`; when it holds `limit` entries it
 * becomes `older` and a new `recent` starts, dropping the generation before. A hit in
 * `older` moves the entry back to `recent`, so statements still in use survive. At most
 * 2 × `limit` entries are held, and a map larger than that only costs re-classifying.
 */
export class StatementCache {
  private recent = new Map<string, BloomClassification>();
  private older = new Map<string, BloomClassification>();

  constructor(
    private readonly limit: number,
    private readonly classify: (statement: string) => BloomClassification = classifyOutcome,
  ) {}

  get(statement: string): BloomClassification {
    const hit = this.recent.get(statement);
    if (hit) return hit;
    const c = this.older.get(statement) ?? this.classify(statement);
    this.remember(statement, c);
    return c;
  }

  /** How many entries are held (both generations; an entry can be in both). */
  get size(): number {
    return this.recent.size + this.older.size;
  }

  private remember(statement: string, c: BloomClassification): void {
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(statement, c);
  }
}

/**
 * The cache every analysis shares. 25,000 statements per generation covers the outcomes of
 * the largest maps we plan for (10k entities hold about 4,000) at a few megabytes.
 */
export const sharedStatementCache = new StatementCache(25_000);

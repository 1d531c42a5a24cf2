import { describe, expect, it } from 'vitest';
import { analyse, classifyOutcome, reanalyse } from '../../../shared/analysis';
import { StatementCache } from '../../../shared/analysis/bloom/cache';
import { cleanMap, findingsOf, update } from './helpers';

/**
 * Classifications are cached by statement text across runs and documents. The cache must
 * answer exactly what `classifyOutcome` answers, follow every rewrite of a statement, and
 * stay within its bound.
 */

const VAGUE = 'Understand how firewalls filter traffic';
const CLEAR = 'Configure a firewall to filter traffic';

/** A classifier that counts its calls, so a test can tell a cache hit from a miss. */
function counting() {
  const calls: string[] = [];
  return { calls, classify: (s: string) => (calls.push(s), classifyOutcome(s)) };
}

describe('StatementCache', () => {
  it('answers what classifyOutcome answers', () => {
    const cache = new StatementCache(10);
    for (const s of [VAGUE, CLEAR, 'Design and implement a segmented network', 'Network security fundamentals', '']) {
      expect(cache.get(s)).toEqual(classifyOutcome(s));
      expect(cache.get(s)).toEqual(classifyOutcome(s));
    }
  });

  it('classifies a statement once while it stays cached', () => {
    const { calls, classify } = counting();
    const cache = new StatementCache(10, classify);
    cache.get(VAGUE);
    cache.get(CLEAR);
    cache.get(VAGUE);
    expect(calls).toEqual([VAGUE, CLEAR]);
  });

  it('holds at most two generations and keeps statements that are still read', () => {
    const { calls, classify } = counting();
    const cache = new StatementCache(2, classify);
    cache.get('Explain a');
    cache.get('Explain b');
    cache.get('Explain c'); // a, b become the older generation
    cache.get('Explain a'); // read again: back into the recent one
    cache.get('Explain d'); // c, a become the older generation; b is dropped
    expect(cache.size).toBeLessThanOrEqual(4);
    calls.length = 0;
    cache.get('Explain a');
    cache.get('Explain b');
    expect(calls).toEqual(['Explain b']);
  });
});

describe('the shared classification cache in analyse', () => {
  it('follows a rewritten statement of the same outcome, in full and incremental runs', () => {
    const { doc, outcomes } = cleanMap();
    const id = outcomes[0].id;
    const vague = update(doc, id, { statement: VAGUE });
    const clear = update(vague, id, { statement: CLEAR });

    expect(findingsOf(vague, 'outcome/vague-verb').map((f) => f.target)).toEqual([id]);
    expect(findingsOf(clear, 'outcome/vague-verb')).toEqual([]);
    expect(findingsOf(vague, 'outcome/vague-verb').map((f) => f.target)).toEqual([id]);

    const first = analyse(vague);
    const rewritten = reanalyse(first, clear, [id]);
    expect(rewritten.findings.filter((f) => f.rule === 'outcome/vague-verb')).toEqual([]);
    const back = reanalyse(rewritten, vague, [id]);
    expect(back.findings.filter((f) => f.rule === 'outcome/vague-verb').map((f) => f.target)).toEqual([id]);
  });

  it('gives two outcomes with one statement the same classification, each judged on its own fields', () => {
    const { doc, outcomes } = cleanMap();
    const [a, b] = outcomes;
    const ambiguous = 'Assess the risk of a phishing campaign';
    let both = update(update(doc, a.id, { statement: ambiguous }), b.id, { statement: ambiguous });
    expect(findingsOf(both, 'outcome/ambiguous-level').map((f) => f.target).sort()).toEqual([a.id, b.id].sort());
    both = update(both, b.id, { bloomOverride: 'evaluate' });
    expect(findingsOf(both, 'outcome/ambiguous-level').map((f) => f.target)).toEqual([a.id]);
  });
});

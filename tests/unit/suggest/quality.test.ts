import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/format';
import { evaluateRanking, suggestLinks, tfidfRanking } from '../../../shared/suggest';
import { EVAL_MAPS } from '../../fixtures/suggest/maps';

/**
 * Held-out maps (never tuned on; see tests/fixtures/suggest/README.md). The numbers are in
 * `npm run bench`; this only guards that the suggestions stay ahead of plain TF-IDF there
 * and do not fall below what they reached when first measured (recall@3 0.57–0.58).
 */
const FOLDER = join(import.meta.dirname, '..', '..', 'fixtures', 'suggest');

describe.each(EVAL_MAPS.map((m) => m.file))('suggestions on the held-out map %s', (file) => {
  const loaded = parseDocument(readFileSync(join(FOLDER, file)));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const doc = loaded.doc;

  it('rank the designer’s links in the top 3 more often than TF-IDF does', () => {
    const ours = evaluateRanking(doc, (d, o, k) => suggestLinks(d, { outcome: o, limit: k }).map((s) => s.skill));
    const base = evaluateRanking(doc, tfidfRanking);
    expect(ours.outcomes).toBeGreaterThanOrEqual(10);
    expect(ours.recall).toBeGreaterThan(base.recall);
    expect(ours.precision).toBeGreaterThan(base.precision);
    expect(ours.recall).toBeGreaterThanOrEqual(0.55);
  });
});

import { describe, expect, it } from 'vitest';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { evaluateRanking, suggestLinks, tfidfRanking, type Quality } from '../../../shared/suggest';
import { HELD_OUT_MAPS } from '../../fixtures/suggest/heldout';
import { buildEvalMap } from '../../fixtures/suggest/make';
import { EVAL_MAPS } from '../../fixtures/suggest/maps';

/**
 * Two sets of labelled maps (see tests/fixtures/suggest/README.md). The held-out maps
 * (heldout.ts, the third set) were never seen while the ranking was tuned. Over that set the
 * suggestions must rank the designer's links in the top 3 more often than plain TF-IDF, and
 * on no held-out map fall far behind it (measured once, 7 December 2026, recall@3 ours /
 * TF-IDF: incident response 0.55 / 0.39, bookkeeping and payroll 0.65 / 0.55, warehouse
 * 0.61 / 0.48 — the goal of 0.8 is not reached; the bench prints the figures). The
 * development maps were tuned on or compared on: their floors are what the ranking reached
 * less a margin, so a change that loses quality fails here.
 */

const ours = (doc: McredDocument): Quality => evaluateRanking(doc, (d, o, k) => suggestLinks(d, { outcome: o, limit: k }).map((s) => s.skill));
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('suggestions on the held-out maps (held out)', () => {
  const results = HELD_OUT_MAPS.map((m) => {
    const doc = buildEvalMap(m);
    return { file: m.file, ours: ours(doc), tfidf: evaluateRanking(doc, tfidfRanking) };
  });

  it('are three maps of at least 8 outcomes each', () => {
    expect(results.map((r) => r.ours.outcomes >= 8)).toEqual([true, true, true]);
  });

  it('rank the designer’s links in the top 3 more often than TF-IDF does, over the set', () => {
    expect(mean(results.map((r) => r.ours.recall))).toBeGreaterThan(mean(results.map((r) => r.tfidf.recall)) + 0.05);
    expect(mean(results.map((r) => r.ours.precision))).toBeGreaterThan(mean(results.map((r) => r.tfidf.precision)));
  });

  it.each(HELD_OUT_MAPS.map((m) => m.file))('fall no more than 0.05 behind TF-IDF on %s', (file) => {
    const r = results.find((x) => x.file === file)!;
    expect(r.ours.recall).toBeGreaterThanOrEqual(r.tfidf.recall - 0.05);
  });
});

/**
 * recall@3 and precision@3 floors on the development maps: what the ranking reached
 * (December 2026: example 0.85 / 0.63, nursing 0.57 / 0.44, data analytics 0.58 / 0.36,
 * welding 0.57 / 0.40, early childhood 0.35 / 0.28, commercial cookery 0.67 / 0.45, solar PV
 * 0.50 / 0.33), less a margin of about 0.05; ahead of TF-IDF on each of them but the small
 * example, where TF-IDF does as well, and early childhood, where it does a little better
 * (0.38).
 */
const FLOORS: Readonly<Record<string, readonly [recall: number, precision: number, ahead: boolean]>> = {
  'nursing.mcred': [0.52, 0.39, true],
  'data-analytics.mcred': [0.53, 0.32, true],
  'welding.mcred': [0.52, 0.35, true],
  'early-childhood.mcred': [0.3, 0.23, false],
  'commercial-cookery.mcred': [0.62, 0.4, true],
  'solar-pv.mcred': [0.45, 0.28, true],
};

const DEVELOPMENT: readonly { name: string; load: () => McredDocument; recall: number; precision: number; ahead: boolean }[] = [
  { name: 'example', load: createSampleDocument, recall: 0.8, precision: 0.58, ahead: false },
  ...EVAL_MAPS.map((m) => {
    // A development map without a floor fails: its floor is written here when it joins.
    const [recall, precision, ahead] = FLOORS[m.file] ?? [1, 1, true];
    return { name: m.file, load: () => buildEvalMap(m), recall, precision, ahead };
  }),
];

describe.each(DEVELOPMENT)('suggestions on the development map $name (tuned on)', ({ load, recall, precision, ahead }) => {
  const doc = load();

  it('reach what the ranking reached, and stay ahead of TF-IDF where they were ahead', () => {
    const q = ours(doc);
    const base = evaluateRanking(doc, tfidfRanking);
    expect(q.recall).toBeGreaterThanOrEqual(recall);
    expect(q.precision).toBeGreaterThanOrEqual(precision);
    if (ahead) expect(q.recall).toBeGreaterThan(base.recall);
  });
});

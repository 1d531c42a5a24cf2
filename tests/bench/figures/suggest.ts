import { changedIdsFromPatches } from '../../../shared/analysis';
import { applyCommand } from '../../../shared/commands';
import type { McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { evaluateRanking, SuggestIndex, suggestLinks, tfidfRanking, type Quality } from '../../../shared/suggest';
import { HELD_OUT_MAPS } from '../../fixtures/suggest/heldout';
import { buildEvalMap } from '../../fixtures/suggest/make';
import { EVAL_MAPS } from '../../fixtures/suggest/maps';
import { mapFixture } from '../lib/fixtures';
import { timePair } from '../lib/measure';
import type { BenchContext, Figure } from '../lib/types';

/**
 * Suggested skill → outcome links. Quality: each labelled map with its skill → outcome
 * links removed, the suggestions' top 3 per outcome against the links the designer drew,
 * beside a plain TF-IDF cosine ranking (same words, no stems or synonyms) of the same map
 * in the same run. Two sets: the maps the ranking was tuned on (the example map and the
 * development maps of tests/fixtures/suggest/maps.ts, labelled "tuned on") and the held-out
 * maps of tests/fixtures/suggest/heldout.ts (never seen while tuning, labelled "held out").
 * Speed: all suggestions for a generated 2,000-entity map (budget 1 s), and again after one
 * outcome edit.
 */

const ENTITIES = 2_000;
const STAMP = '1800000000000-000-bench001@pe_bench';

const slug = (file: string) => file.replace(/\.mcred$/, '');

const maps: { name: string; tuned: boolean; load: () => McredDocument }[] = [
  { name: 'example', tuned: true, load: createSampleDocument },
  ...EVAL_MAPS.map((m) => ({ name: slug(m.file), tuned: true, load: () => buildEvalMap(m) })),
  ...HELD_OUT_MAPS.map((m) => ({ name: `heldout-${slug(m.file)}`, tuned: false, load: () => buildEvalMap(m) })),
];

function quality(ctx: BenchContext, name: string, load: () => McredDocument): { ours: Quality; tfidf: Quality } {
  return ctx.cached(`suggest-quality-${name}`, () => {
    const doc = load();
    return {
      ours: evaluateRanking(doc, (d, o, k) => suggestLinks(d, { outcome: o, limit: k }).map((s) => s.skill)),
      tfidf: evaluateRanking(doc, tfidfRanking),
    };
  });
}

const qualityFigures: Figure[] = maps.flatMap(({ name, tuned, load }) => {
  const which = tuned ? `the ${name} map (tuned on)` : `the ${name.replace(/^heldout-/, '')} map (held out)`;
  return [
    {
      name: `suggest-recall3-${name}`,
      versus: 'plain TF-IDF cosine ranking',
      description: `recall@3 of suggested links on ${which} with its skill links removed: per outcome |gold ∩ top 3| / min(3, |gold|), averaged over outcomes with gold links; reference: the same for a plain TF-IDF cosine ranking in the same run (ratio > 1 = ahead).${tuned ? '' : ' Goal: ≥ 0.80 and ahead of TF-IDF.'}`,
      measure(ctx: BenchContext) {
        const q = quality(ctx, name, load);
        return { value: q.ours.recall, unit: 'recall@3', reference: q.tfidf.recall, target: null };
      },
    },
    {
      name: `suggest-precision3-${name}`,
      versus: 'plain TF-IDF cosine ranking',
      description: `precision@3 of suggested links on ${which}: per outcome |gold ∩ top 3| / 3 (or / the number suggested when fewer), averaged; reference: TF-IDF cosine in the same run`,
      measure(ctx: BenchContext) {
        const q = quality(ctx, name, load);
        return { value: q.ours.precision, unit: 'precision@3', reference: q.tfidf.precision, target: null };
      },
    },
  ];
});

/** Fresh copies of the map, so each timed run starts with no cached words (the caches key on record objects). */
function copies(doc: McredDocument, n: number): () => McredDocument {
  const pool = Array.from({ length: n }, () => structuredClone(doc));
  let i = 0;
  return () => pool[i++ % pool.length]!;
}

function tfidfAll(doc: McredDocument): number {
  let n = 0;
  for (const id in doc.entities) if (doc.entities[id]!.kind === 'outcome') n += tfidfRanking(doc, id, 3).length;
  return n;
}

export const figures: Figure[] = [
  ...qualityFigures,
  {
    name: 'suggest-2k',
    versus: 'the TF-IDF baseline ranking every outcome',
    description: `all suggestions (top 3 per outcome, with why) for a generated ${ENTITIES}-entity map, from nothing: index built, every outcome ranked; reference: the TF-IDF baseline ranking every outcome of the same map; the budget bounds the value: ≤ 1000 ms`,
    measure(ctx) {
      const { doc } = mapFixture(ctx, ENTITIES);
      const n = ctx.reps + ctx.warmup;
      const ours = copies(doc, n);
      const base = copies(doc, n);
      if (!new SuggestIndex(doc).all().length) throw new Error('the generated map should get suggestions');
      const t = timePair(
        () => new SuggestIndex(ours()).all(),
        () => tfidfAll(base()),
        ctx,
      );
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null, budget: 1000 };
    },
  },
  {
    name: 'suggest-incremental-2k',
    versus: 'the same from a fresh index',
    description: `all suggestions again after one outcome.rewrite on the generated ${ENTITIES}-entity map (SuggestIndex.update with the changed ids from the patches, then all(); the edit and its undo alternate); reference: the same from a fresh index; the budget bounds the value: ≤ 50 ms`,
    measure(ctx) {
      const { doc } = mapFixture(ctx, ENTITIES);
      const outcome = Object.values(doc.entities).find((e) => e.kind === 'outcome');
      if (!outcome) throw new Error('the generated map has no outcome');
      const edit = applyCommand(doc, { name: 'outcome.rewrite', payload: { id: outcome.id, statement: 'Analyse data quality metrics with SQL queries' } }, { stamp: STAMP });
      if (!edit.ok) throw new Error(`the bench edit was refused: ${edit.refusal.message}`);
      const forward = changedIdsFromPatches(edit.patches);
      const back = changedIdsFromPatches(edit.inversePatches);
      const index = new SuggestIndex(doc);
      index.all();
      let edited = false;
      const fresh = copies(doc, ctx.reps + ctx.warmup);
      const t = timePair(
        () => {
          edited = !edited;
          return index.update(edited ? edit.doc : doc, edited ? forward : back).all();
        },
        () => new SuggestIndex(fresh()).all(),
        ctx,
      );
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null, budget: 50 };
    },
  },
];

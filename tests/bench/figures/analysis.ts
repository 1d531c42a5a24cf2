import type { Patch } from 'immer';
import { analyse, changedIdsFromPatches, reanalyse, sortFindings, type AnalysisResult } from '../../../shared/analysis';
import { applyCommand } from '../../../shared/commands';
import type { McredDocument } from '../../../shared/model';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mapFixture } from '../lib/fixtures';
import { plainPass } from '../lib/plainPass';
import { median, timePair } from '../lib/measure';
import type { BenchContext, Figure } from '../lib/types';

/**
 * Budgets from the architecture page: a full readiness analysis of a 10k-entity map
 * ≤ 100 ms, and the incremental re-check after one edit ≤ 5 ms. Both are also shown as a
 * ratio to one plain pass over all entities and links of the same map (reading each
 * record's kind and ends, as any analysis must at least do), measured in the same run.
 * Runs keep the previous result alive, as the app's store does; the CLI's single run in a
 * fresh process is its own figure (`analysis-cold-10k`).
 */

/** Fresh processes for the cold figure: each is one `mcred validate`'s worth of analysis. */
const COLD_RUNS = 5;

const ENTITIES = 10_000;
/** A stamp for the bench edit, later than anything the generator writes. */
const STAMP = '1800000000000-000-bench001@pe_bench';


interface Edit {
  before: McredDocument;
  after: McredDocument;
  forward: Patch[];
  back: Patch[];
}

/** One outcome of a credential rewritten to a vague statement (and back, for the next run). */
function outcomeEdit(ctx: BenchContext): Edit {
  return ctx.cached('analysis-outcome-edit', () => {
    const { doc } = mapFixture(ctx, ENTITIES);
    const partOf = Object.values(doc.links).find((l) => l.kind === 'part-of');
    if (!partOf) throw new Error('the generated map has no outcome in a credential');
    const result = applyCommand(doc, { name: 'outcome.rewrite', payload: { id: partOf.from, statement: 'Understand firewalls and how they filter traffic' } }, { stamp: STAMP });
    if (!result.ok) throw new Error(`the bench edit was refused: ${result.refusal.message}`);
    return { before: doc, after: result.doc, forward: result.patches, back: result.inversePatches };
  });
}

function sameFindings(a: AnalysisResult, b: AnalysisResult): boolean {
  return JSON.stringify(sortFindings(a.findings)) === JSON.stringify(sortFindings(b.findings));
}

export const figures: Figure[] = [
  {
    name: 'analysis-full-10k',
    versus: 'one plain pass over its entities and links',
    description:
      'analyse(doc) of the generated 10k-entity map with its own profiles (findings, counts, scores) vs one plain pass over all its entities and links; the budget bounds the value: ≤ 100 ms',
    measure(ctx) {
      const { doc } = mapFixture(ctx, ENTITIES);
      if (analyse(doc).findings.length === 0) throw new Error('the generated map should have findings');
      // The app's store holds the last result while the next run is made.
      let previous = analyse(doc);
      const t = timePair(
        () => (previous = analyse(doc)),
        () => plainPass(doc),
        ctx,
      );
      if (previous.findings.length === 0) throw new Error('lost the findings');
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null, budget: 100 };
    },
  },
  {
    name: 'analysis-cold-10k',
    versus: 'one plain pass in the same fresh process',
    description: `analyse(doc) once in a fresh Node process, as \`mcred validate\` runs it (the map loaded first, not timed), median of ${COLD_RUNS} processes, vs one plain pass over the same map in that process; informational (the architecture page budgets the app's runs, not the CLI's one cold run)`,
    measure(ctx) {
      const { file } = mapFixture(ctx, ENTITIES);
      const script = join(ctx.root, 'tests', 'bench', 'lib', 'coldAnalysis.ts');
      const runs: { analyse: number; plain: number }[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const r = spawnSync(process.execPath, ['--import', 'tsx', script, file], { cwd: ctx.root, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`the cold run failed: ${r.stderr.trim().split('\n')[0] ?? ''}`);
        runs.push(JSON.parse(r.stdout) as { analyse: number; plain: number });
      }
      return { value: median(runs.map((r) => r.analyse)), unit: 'ms', reference: median(runs.map((r) => r.plain)), target: null };
    },
  },
  {
    name: 'analysis-incremental-10k',
    versus: 'one plain pass over its entities and links',
    description:
      'reanalyse after one outcome.rewrite on the generated 10k-entity map (changed ids from the patches included; the edit and its undo alternate) vs one plain pass over all its entities and links; the budget bounds the value: ≤ 5 ms',
    measure(ctx) {
      const edit = outcomeEdit(ctx);
      let current = analyse(edit.before);
      let edited = false;
      const step = () => {
        const patches = edited ? edit.back : edit.forward;
        const next = edited ? edit.before : edit.after;
        current = reanalyse(current, next, changedIdsFromPatches(patches));
        edited = !edited;
        return current;
      };
      step();
      if (!sameFindings(current, analyse(edit.after))) throw new Error('the incremental re-check differs from a full analysis');
      step();
      const t = timePair(step, () => plainPass(edit.before), ctx);
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null, budget: 5 };
    },
  },
];

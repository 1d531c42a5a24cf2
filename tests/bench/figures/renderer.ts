import { existsSync } from 'node:fs';
import { median } from '../lib/measure';
import type { BenchContext, Figure, Measurement, Skipped } from '../lib/types';
import { BENCH_NODES, measureRenderer, type RendererRuns } from '../renderer/driver';

/**
 * Budgets from the architecture page, measured in Chromium on a generated 2,000-entity map
 * laid out by layout.auto: first render and p95 frame while panning, each against a plain
 * React Flow with default nodes of the same graph in the same run (≤ 1.5 ×); node components
 * re-rendered by one field edit (1).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function runs(ctx: BenchContext): Promise<RendererRuns> | Skipped {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)` };
  return ctx.cached('renderer-runs', () => measureRenderer(ctx, CHROMIUM));
}

async function figure(ctx: BenchContext, pick: (r: RendererRuns) => Measurement): Promise<Measurement | Skipped> {
  const r = runs(ctx);
  return 'skipped' in r ? r : pick(await r);
}

export const figures: Figure[] = [
  {
    name: `render-first-${BENCH_NODES}`,
    versus: 'plain React Flow',
    description: `time from React render to the first frame with a fitted ${BENCH_NODES}-node map fully drawn: the app's canvas vs plain React Flow with default nodes and edges of the same graph (median of page loads, alternating)`,
    measure: (ctx) => figure(ctx, (r) => ({ value: median(r.ours.firstRender), unit: 'ms', reference: median(r.plain.firstRender), target: 1.5 })),
  },
  {
    name: `render-pan-p95-${BENCH_NODES}`,
    versus: 'plain React Flow',
    description: `p95 frame interval while dragging the fitted ${BENCH_NODES}-node map (all nodes on screen) for 1.5 s: the app's canvas vs plain React Flow (median over page loads)`,
    measure: (ctx) => figure(ctx, (r) => ({ value: median(r.ours.panP95), unit: 'ms', reference: median(r.plain.panP95), target: 1.5 })),
  },
  {
    name: 'render-nodes-per-edit',
    versus: 'the ideal, 1 render',
    description: 'nodes re-rendered after one entity.update of one title on the 2,000-node map (counted by the bench harness with React’s Profiler around each node component, in React’s profiling build); reference is the ideal, 1',
    measure: (ctx) => figure(ctx, (r) => ({ value: Math.max(...r.ours.editRenders), unit: 'renders', reference: 1, target: null, budget: 1 })),
  },
  {
    name: 'edit-keystroke-paint-2k',
    versus: "plain React Flow's updateNodeData of one node",
    description: `time from one keystroke's entity.update of a node's text (through the document store) to the paint that shows it on the fitted ${BENCH_NODES}-node canvas vs plain React Flow's updateNodeData of one node's label on the same graph (median of 15 per page load, median over page loads); the ratio is the budget: ≤ 1.5`,
    measure: (ctx) => figure(ctx, (r) => ({ value: median(r.ours.keystroke), unit: 'ms', reference: median(r.plain.keystroke), target: 1.5 })),
  },
];

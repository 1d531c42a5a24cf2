import { readFileSync } from 'node:fs';
import { analyse } from '../../../shared/analysis';
import { parseDocument } from '../../../shared/format';
import { plainPass } from './plainPass';

/**
 * One cold run, as `mcred validate` does it: a fresh process loads a map and analyses it
 * once, before the engine's code is optimised. Prints `{ "analyse": ms, "plain": ms }`:
 * the analysis, then one plain pass over the same map (the figure's reference).
 * Usage: `node --import tsx coldAnalysis.ts FILE`.
 */
const file = process.argv[2];
if (!file) throw new Error('usage: coldAnalysis.ts FILE');
const loaded = parseDocument(readFileSync(file));
if (!loaded.ok) throw new Error(`the map does not load: ${loaded.problems[0]?.message ?? ''}`);
const t0 = performance.now();
const result = analyse(loaded.doc);
const t1 = performance.now();
const n = plainPass(loaded.doc);
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({ analyse: t1 - t0, plain: t2 - t1, findings: result.findings.length, n })}\n`);

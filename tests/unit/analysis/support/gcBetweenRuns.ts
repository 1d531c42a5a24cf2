/**
 * Child process for `shapes.test.ts`: warms the engine up on a generated map, then runs it
 * again after forced major garbage collections, with no analysis result kept in between.
 * Run with `--expose-gc --trace-deopt-verbose`; everything V8 throws away after the marker
 * line is what a garbage collection cost the next run.
 */
import { analyse } from '../../../../shared/analysis';
import { generateMap } from '../../../../shared/sample/generate';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const doc = generateMap({ seed: 7, entities: Number(process.argv[2] ?? 2_000) });
for (let i = 0; i < 30; i++) analyse(doc);
gc();
console.log('=== warmed up');
let findings = 0;
for (let i = 0; i < 5; i++) {
  gc();
  findings += analyse(doc).findings.length;
}
console.log(`=== done: ${findings} findings`);

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Timing on a shared, noisy machine: warm-up runs first, then subject and reference
 * alternate (A B B A …) so drift hits both alike, a full GC before each timed run, and the
 * median of the repetitions is reported.
 */

setFlagsFromString('--expose-gc');
const gcFn: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
/** Collects garbage if the engine lets us (it does in Node via --expose-gc set at run time). */
export const collectGarbage: () => void = typeof gcFn === 'function' ? (gcFn as () => void) : () => {};

export function median(values: readonly number[]): number {
  if (!values.length) throw new RangeError('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timeOnce(fn: () => unknown): number {
  collectGarbage();
  const t0 = performance.now();
  const out = fn();
  const t1 = performance.now();
  sink(out);
  return t1 - t0;
}

let sunk = 0;
/** Keeps results alive so the engine cannot drop the work that produced them. */
function sink(v: unknown): void {
  if (v !== undefined && v !== null) sunk = (sunk + 1) | 0;
}
export const sinkCount = (): number => sunk;

export interface PairTiming {
  /** Median ms of the subject. */
  subject: number;
  /** Median ms of the reference. */
  reference: number;
  subjectRuns: number[];
  referenceRuns: number[];
}

/** Times `subject` against `reference` (both synchronous), interleaved. */
export function timePair(subject: () => unknown, reference: () => unknown, opts: { warmup: number; reps: number }): PairTiming {
  for (let i = 0; i < opts.warmup; i++) {
    sink(subject());
    sink(reference());
  }
  const subjectRuns: number[] = [];
  const referenceRuns: number[] = [];
  for (let i = 0; i < opts.reps; i++) {
    if (i % 2 === 0) {
      subjectRuns.push(timeOnce(subject));
      referenceRuns.push(timeOnce(reference));
    } else {
      referenceRuns.push(timeOnce(reference));
      subjectRuns.push(timeOnce(subject));
    }
  }
  return { subject: median(subjectRuns), reference: median(referenceRuns), subjectRuns, referenceRuns };
}

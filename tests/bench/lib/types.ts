/**
 * The bench registry's types. A figure is one measured number with a reference measured in
 * the same run; files in tests/bench/figures/ each export `figures: Figure[]`.
 */

/**
 * What a figure measured. Two kinds of limit, never mixed: `target` bounds the ratio to the
 * same-run reference (`Figure.versus`); `budget` bounds the value itself, in its unit (ms,
 * MB, renders). A figure has either, both or neither (informational).
 */
export interface Measurement {
  value: number;
  unit: string;
  /** The same-run reference, in the unit that makes `ratio` meaningful (see the figure). */
  reference: number;
  /** Defaults to value / reference. */
  ratio?: number;
  /** The most `ratio` may be, or null when the ratio is informational. */
  target: number | null;
  /** The most `value` may be (an absolute budget from the architecture page); absent: none. */
  budget?: number;
}

/** A figure that cannot be measured here, and why (printed as `bench: NAME skipped (why)`). */
export interface Skipped {
  skipped: string;
}

export interface BenchContext {
  /** A scratch folder for this run, removed at the end. */
  readonly tmpDir: string;
  /** Repetitions for timed figures (after warm-up). */
  readonly reps: number;
  readonly warmup: number;
  /** The repository root. */
  readonly root: string;
  /** Builds a value once per run and shares it between figures (e.g. a generated map). */
  cached<T>(key: string, build: () => T): T;
}

export interface Figure {
  name: string;
  /** What is measured and against what: shown by `npm run bench -- --list`. */
  description: string;
  /** The reference in a few words, printed on the figure's line: what `ratio` divides by. */
  versus: string;
  measure(ctx: BenchContext): Promise<Measurement | Skipped> | Measurement | Skipped;
}

/** One printed figure; the `--json` output is an array of these. */
export interface FigureResult {
  name: string;
  value: number;
  unit: string;
  reference: number;
  /** `Figure.versus`. */
  versus: string;
  ratio: number;
  target: number | null;
  budget: number | null;
  /** Within its target and budget. */
  ok: boolean;
}

export function isSkipped(m: Measurement | Skipped): m is Skipped {
  return 'skipped' in m;
}

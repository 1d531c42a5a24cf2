/**
 * The bench registry's types. A figure is one measured number with a reference measured in
 * the same run; files in tests/bench/figures/ each export `figures: Figure[]`.
 */

/** What a figure measured. `ratio` defaults to value / reference. */
export interface Measurement {
  value: number;
  unit: string;
  /** The same-run reference, in the unit that makes `ratio` meaningful (see the figure). */
  reference: number;
  ratio?: number;
  /** The budget, or null when the figure is informational. */
  target: number | null;
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
  measure(ctx: BenchContext): Promise<Measurement | Skipped> | Measurement | Skipped;
}

/** One printed figure; the `--json` output is an array of these. */
export interface FigureResult {
  name: string;
  value: number;
  unit: string;
  reference: number;
  ratio: number;
  target: number | null;
}

export function isSkipped(m: Measurement | Skipped): m is Skipped {
  return 'skipped' in m;
}

/** Command-line options of `npm run bench`. */
export interface BenchArgs {
  json: boolean;
  list: boolean;
  /** Figure names to run; empty means all. */
  only: string[];
  reps: number;
  warmup: number;
}

export const DEFAULT_REPS = 9;
export const DEFAULT_WARMUP = 3;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { json: false, list: false, only: [], reps: DEFAULT_REPS, warmup: DEFAULT_WARMUP };
  const count = (flag: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs a whole number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') out.json = true;
    else if (flag === '--list') out.list = true;
    else if (flag === '--only') {
      const v = value();
      if (!v) throw new Error('--only needs a figure name');
      out.only.push(...v.split(',').filter(Boolean));
    } else if (flag === '--reps') out.reps = count(flag, value(), 1);
    else if (flag === '--warmup') out.warmup = count(flag, value(), 0);
    else throw new Error(`unknown option ${a} (options: --json, --list, --only NAME, --reps N, --warmup N)`);
  }
  return out;
}

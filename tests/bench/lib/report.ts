import type { FigureResult } from './types';

/** Output: `bench: NAME VALUE UNIT ratio R target ≤ T` per figure, or the same as JSON. */

const round = (v: number, digits: number) => Number(v.toFixed(digits));

function fixed(v: number): string {
  return v.toFixed(Math.abs(v) >= 10 ? 1 : 2);
}

function targetText(t: number | null): string {
  if (t === null) return '—';
  return `≤ ${Number.isInteger(t) ? t.toFixed(1) : fixed(t)}`;
}

export function formatLine(r: FigureResult): string {
  return `bench: ${r.name} ${fixed(r.value)} ${r.unit} ratio ${r.ratio.toFixed(2)} target ${targetText(r.target)}`;
}

export function formatSkip(name: string, reason: string): string {
  return `bench: ${name} skipped (${reason})`;
}

/** Numbers rounded for JSON (the timing noise is far above the 4th decimal). */
export function forJson(r: FigureResult): FigureResult {
  return {
    name: r.name,
    value: round(r.value, 3),
    unit: r.unit,
    reference: round(r.reference, 3),
    ratio: round(r.ratio, 3),
    target: r.target === null ? null : round(r.target, 3),
  };
}

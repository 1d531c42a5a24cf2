import type { FigureResult } from './types';

/** Output: `bench: NAME VALUE UNIT ratio R vs REFERENCE target ≤ T budget ≤ B UNIT` per figure, or the same as JSON. */

const round = (v: number, digits: number) => Number(v.toFixed(digits));

function fixed(v: number): string {
  return v.toFixed(Math.abs(v) >= 10 ? 1 : 2);
}

function targetText(t: number | null): string {
  if (t === null) return '—';
  return `≤ ${Number.isInteger(t) ? t.toFixed(1) : fixed(t)}`;
}

export function formatLine(r: FigureResult): string {
  const budget = r.budget === null ? '' : ` budget ${targetText(r.budget)} ${r.unit}`;
  return `bench: ${r.name} ${fixed(r.value)} ${r.unit} ratio ${r.ratio.toFixed(2)} vs ${r.versus} target ${targetText(r.target)}${budget}${r.ok ? '' : ' OVER'}`;
}

/** Whether a measurement keeps to its ratio target and its budget. */
export function withinLimits(m: { value: number; ratio: number; target: number | null; budget: number | null }): boolean {
  return (m.target === null || m.ratio <= m.target) && (m.budget === null || m.value <= m.budget);
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
    versus: r.versus,
    ratio: round(r.ratio, 3),
    target: r.target === null ? null : round(r.target, 3),
    budget: r.budget === null ? null : round(r.budget, 3),
    ok: r.ok,
  };
}

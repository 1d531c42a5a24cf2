/** What a number input's text means. */
export type NumberInput = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number typed by a person. Empty (or blank) text means "no value", so an optional
 * field is cleared; a comma is refused rather than guessed at (decimal point or thousands?).
 */
export function parseNumberInput(text: string, options: { integer?: boolean } = {}): NumberInput {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (t.includes(',')) return { kind: 'invalid', message: 'must be a number — use a point for decimals and no thousands separator' };
  if (!NUMBER.test(t)) return { kind: 'invalid', message: 'must be a number' };
  const value = Number(t);
  if (!Number.isFinite(value)) return { kind: 'invalid', message: 'must be a number' };
  if (options.integer && !Number.isInteger(value)) return { kind: 'invalid', message: 'must be a whole number' };
  return { kind: 'number', value };
}

/** How a stored number is shown in its input: plainly, without exponent or grouping. */
export function formatNumberInput(value: number | undefined): string {
  if (value === undefined) return '';
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** A number in running text: whole numbers as they are, others with at most two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : (Math.round(value * 100) / 100).toLocaleString('en');
}

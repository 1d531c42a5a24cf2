/**
 * Places items of one column at y positions as close as possible (least squares) to where
 * they want to be, keeping their order and at least `step` apart: isotonic regression by
 * pool-adjacent-violators on `desired[i] - i * step`. Linear time.
 */
export function packColumn(desired: readonly number[], step: number): number[] {
  const n = desired.length;
  const level: number[] = [];
  const weight: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    level.push(desired[i]! - i * step);
    weight.push(1);
    count.push(1);
    while (level.length > 1 && level[level.length - 2]! > level[level.length - 1]!) {
      const w2 = weight.pop()!;
      const l2 = level.pop()!;
      const c2 = count.pop()!;
      const w1 = weight[weight.length - 1]!;
      const l1 = level[level.length - 1]!;
      level[level.length - 1] = (l1 * w1 + l2 * w2) / (w1 + w2);
      weight[weight.length - 1] = w1 + w2;
      count[count.length - 1]! += c2;
    }
  }
  const out: number[] = [];
  for (let b = 0; b < level.length; b++) for (let k = 0; k < count[b]!; k++) out.push(level[b]! + out.length * step);
  return out;
}

/**
 * Fills the gaps of `desired` (NaN where an item has no wish) from its neighbours, so an item
 * without links sits right after the one before it.
 */
export function fillWishes(desired: readonly number[], step: number): number[] {
  const out = [...desired];
  let last = NaN;
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(out[i]!)) out[i] = Number.isNaN(last) ? NaN : last + step;
    last = out[i]!;
  }
  let next = NaN;
  for (let i = out.length - 1; i >= 0; i--) {
    if (Number.isNaN(out[i]!)) out[i] = Number.isNaN(next) ? i * step : next - step;
    next = out[i]!;
  }
  return out;
}

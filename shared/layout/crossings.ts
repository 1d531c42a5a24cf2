/**
 * Counts edge crossings between two ordered layers: each edge is a pair (position in the
 * upper layer, position in the lower layer); two edges cross when their orders disagree.
 * O(E log E) by counting inversions with a Fenwick tree.
 */
export function countCrossings(edges: ReadonlyArray<readonly [number, number]>): number {
  if (edges.length < 2) return 0;
  const sorted = [...edges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let max = 0;
  for (const e of sorted) if (e[1] > max) max = e[1];
  const tree = new Array<number>(max + 2).fill(0);
  let crossings = 0;
  let seen = 0;
  for (const [, v] of sorted) {
    // Edges already seen with a larger lower position cross this one.
    let le = 0;
    for (let i = v + 1; i > 0; i -= i & -i) le += tree[i]!;
    crossings += seen - le;
    for (let i = v + 1; i < tree.length; i += i & -i) tree[i]!++;
    seen++;
  }
  return crossings;
}

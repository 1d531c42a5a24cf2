/**
 * Equality of JSON values — the one definition, used by commands (is a field really
 * changed?), the merge, the review cycle, tracked changes and conflict resolution.
 *
 * - Object key order does not matter: `{ a: 1, b: 2 }` equals `{ b: 2, a: 1 }` (the file's
 *   canonical form orders keys anyway, so two orders are one value on disk).
 * - A key whose value is `undefined` counts as absent, as in JSON text.
 * - Array order matters; `0` equals `-0`; `undefined` equals only itself.
 *
 * Field values are small, but a 10k-entity merge compares tens of thousands of them, so it
 * walks the values instead of serialising them.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    if (ra[k] === undefined) continue;
    count++;
    if (!jsonEqual(ra[k], rb[k])) return false;
  }
  for (const k in rb) if (rb[k] !== undefined) count--;
  return count === 0;
}

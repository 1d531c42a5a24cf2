/** Small tools over plain JSON values, for tests about the file format. */

export type JsonPath = (string | number)[];

/** A deep copy that shares nothing, not even objects the original shares between two places. */
export function detachedCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A deep copy whose objects have their keys inserted in another order, chosen by `random`
 * (arrays keep their order: their order is content).
 */
export function shuffleKeysDeep<T>(value: T, random: () => number): T {
  if (Array.isArray(value)) return value.map((v: unknown) => shuffleKeysDeep(v, random)) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = shuffleKeysDeep((value as Record<string, unknown>)[k], random);
  return out as T;
}

/** A seeded pseudo-random source (mulberry32), so a failing shuffle can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paths of every string, number and boolean in `value`. */
export function scalarPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object') return [at];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => scalarPaths(v, [...at, k]));
}

export function getAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

export function setAt(value: unknown, path: JsonPath, next: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = next;
}

/** A different value of the same JSON type. */
export function otherScalar(v: unknown): unknown {
  if (typeof v === 'string') return `${v}·changed`;
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'boolean') return !v;
  throw new Error(`not a scalar: ${String(v)}`);
}

/** The line numbers (1-based) at which two texts with the same number of lines differ; all lines past the shorter one when they do not. */
export function differingLines(a: string, b: string): number[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: number[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(i + 1);
  return out;
}

/** JSON text with object keys sorted: equal for equal values whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

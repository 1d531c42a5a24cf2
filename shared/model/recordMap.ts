/**
 * A persistent record map: reads like a plain `Record<Id, T>` (`map[id]`, `id in map`,
 * `Object.keys/values/entries`, `for…in`, spread, `JSON.stringify`, in insertion order),
 * but a change makes a new map that shares everything it did not touch — one bucket and a
 * chunk of the key order are copied, not the whole map. Commands give the big collections of
 * a document this shape once they are larger than `PERSISTENT_FROM` (see
 * `commands/produce.ts`), so one edit on a 10k map costs what it costs on a small one.
 *
 * It is read-only: writing to it throws. It never reaches the file (serialising reads it
 * like any object) nor another process: `plainRecords` / `plainDocument` make ordinary
 * objects for structured clone (Electron IPC, workers).
 */

/** Collections at least this large become persistent when a command changes them. */
export const PERSISTENT_FROM = 1_024;

const BUCKETS = 256;
const CHUNK = 128;
const STORE = Symbol('recordMap');

/**
 * A bucket is a Map, not an object: a change copies its bucket, and V8 keeps an object with
 * a hundred keys added one by one as a dictionary, which spreading copies about six times
 * slower than `new Map(bucket)` copies a Map.
 */
type Bucket<T> = ReadonlyMap<string, T>;

interface Store<T> {
  /** Values by id, spread over BUCKETS small maps by a hash of the id. */
  readonly buckets: readonly Bucket<T>[];
  /** For each bucket, the chunk of `order` that holds each of its ids: a removal edits that chunk only. */
  readonly places: readonly ReadonlyMap<string, number>[];
  /**
   * The ids in insertion order, in chunks of at most CHUNK. A chunk emptied by removals stays
   * (empty), so that every id's place stays valid.
   */
  readonly order: readonly (readonly string[])[];
  readonly size: number;
}

function bucketOf(id: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16_777_619);
  return (h >>> 0) & (BUCKETS - 1);
}

const own = Object.prototype.hasOwnProperty;
/**
 * What a persistent map says its prototype is: an object inheriting from Object.prototype
 * with no `constructor` of its own, so immer sees a value it does not draft or freeze (the
 * commands' producer handles these maps itself) while everything else sees an object.
 */
const RECORD_MAP_PROTO: object = Object.create(Object.prototype) as object;

function makeView<T>(store: Store<T>): Record<string, T> {
  const view = new Proxy(Object.create(null) as Record<string, T>, {
    get(_t, key) {
      if (key === STORE) return store;
      if (typeof key === 'string') {
        const b = store.buckets[bucketOf(key)]!;
        if (b.has(key)) return b.get(key);
      }
      return (Object.prototype as unknown as Record<string | symbol, unknown>)[key];
    },
    has: (_t, key) => (typeof key === 'string' && store.buckets[bucketOf(key)]!.has(key)) || key in Object.prototype,
    ownKeys: () => store.order.flat(),
    getOwnPropertyDescriptor(_t, key) {
      if (typeof key !== 'string') return undefined;
      const b = store.buckets[bucketOf(key)]!;
      return b.has(key) ? { value: b.get(key), writable: true, enumerable: true, configurable: true } : undefined;
    },
    getPrototypeOf: () => RECORD_MAP_PROTO,
    set: () => {
      throw new TypeError('a persistent record map is read-only; change it with a command');
    },
    deleteProperty: () => {
      throw new TypeError('a persistent record map is read-only; change it with a command');
    },
    defineProperty: () => {
      throw new TypeError('a persistent record map is read-only; change it with a command');
    },
  });
  return view;
}

function storeOf<T>(map: Readonly<Record<string, T>>): Store<T> | undefined {
  return (map as unknown as Record<symbol, Store<T> | undefined>)[STORE];
}

/** Whether `map` is a persistent record map (not a plain object). */
export function isRecordMap(map: unknown): boolean {
  return typeof map === 'object' && map !== null && storeOf(map as Record<string, unknown>) !== undefined;
}

function fromPlain<T>(map: Readonly<Record<string, T>>): Store<T> {
  const buckets = Array.from({ length: BUCKETS }, () => new Map<string, T>());
  const places = Array.from({ length: BUCKETS }, () => new Map<string, number>());
  const ids = Object.keys(map);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const h = bucketOf(id);
    buckets[h]!.set(id, map[id]!);
    places[h]!.set(id, Math.floor(i / CHUNK));
  }
  const order: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) order.push(ids.slice(i, i + CHUNK));
  return { buckets, places, order, size: ids.length };
}

/**
 * A function that reads `map[id]` (own entries only), for hot loops: on a persistent map it
 * goes to the bucket directly instead of through the view's traps, a few times faster.
 * Make one per map version (the analysis makes one per document it is pointed at).
 */
export function recordReader<T>(map: Readonly<Record<string, T>>): (id: string) => T | undefined {
  const store = storeOf(map);
  if (!store) return (id) => (own.call(map, id) ? map[id] : undefined);
  const { buckets } = store;
  return (id) => buckets[bucketOf(id)]!.get(id);
}

/**
 * The ids of `map` in insertion order, as `Object.keys` gives them. On a persistent map they
 * come from its key order directly: `Object.keys` of the view asks a trap for every key's
 * descriptor, which costs more than the loop that uses the keys.
 */
export function recordKeys(map: Readonly<Record<string, unknown>>): string[] {
  const store = storeOf(map);
  return store ? store.order.flat() : Object.keys(map);
}

/**
 * The ids and values of each bucket, listed the first time a pass asks. A bucket is never
 * changed once a map holds it (a change copies it), and the next version of a map shares all
 * its buckets but the few it changed: a pass over an edited map lists again only those.
 */
const bucketEntries = new WeakMap<object, { ids: readonly string[]; values: readonly unknown[] }>();

/**
 * Calls `visit(value, id)` with every entry of `map` until it returns false, in no particular
 * order: on a persistent map bucket by bucket, without hashing each id again or copying the
 * key order. For passes that do not depend on order (a search, a filter), such as the
 * duplicate check of every new link.
 */
export function eachRecord<T>(map: Readonly<Record<string, T>>, visit: (value: T, id: string) => boolean | void): void {
  const store = storeOf(map);
  if (!store) {
    for (const id in map) if (visit(map[id]!, id) === false) return;
    return;
  }
  for (const b of store.buckets) {
    let entries = bucketEntries.get(b);
    if (!entries) bucketEntries.set(b, (entries = { ids: [...b.keys()], values: [...b.values()] }));
    const { ids, values } = entries;
    for (let i = 0; i < ids.length; i++) if (visit(values[i] as T, ids[i]!) === false) return;
  }
}

/** Per bucket and key function: the bucket's ids by key, built the first time a pass asks. */
const bucketIndexes = new WeakMap<object, Map<(value: never) => string, Map<string, string[]>>>();

function bucketIndex<T>(b: Bucket<T>, keyOf: (value: T) => string): Map<string, string[]> {
  let byFn = bucketIndexes.get(b);
  if (!byFn) bucketIndexes.set(b, (byFn = new Map()));
  let index = byFn.get(keyOf as (value: never) => string);
  if (!index) {
    index = new Map();
    for (const [id, value] of b) {
      const key = keyOf(value);
      const ids = index.get(key);
      if (ids) ids.push(id);
      else index.set(key, [id]);
    }
    byFn.set(keyOf as (value: never) => string, index);
  }
  return index;
}

/**
 * Calls `visit(value, id)` with every entry of `map` whose `keyOf(value)` is one of `keys`
 * (each entry once, in no particular order): "the links that end at this outcome". On a
 * persistent map each bucket keeps an index by key, made the first time it is asked and kept
 * as long as the bucket lives; the next version of a map shares all its buckets but the few
 * it changed, so after an edit a lookup costs a look into each bucket's index, not a pass over
 * every record. `keyOf` must be one function defined once (the indexes are kept per
 * function), and cheap: it runs once per record per bucket version.
 */
export function eachRecordWith<T>(map: Readonly<Record<string, T>>, keyOf: (value: T) => string, keys: Iterable<string>, visit: (value: T, id: string) => void): void {
  const wanted = keys instanceof Set ? (keys as ReadonlySet<string>) : new Set(keys);
  if (!wanted.size) return;
  const store = storeOf(map);
  if (!store) {
    for (const id in map) if (wanted.has(keyOf(map[id]!))) visit(map[id]!, id);
    return;
  }
  for (const b of store.buckets) {
    if (!b.size) continue;
    const index = bucketIndex(b, keyOf);
    for (const key of wanted) {
      const ids = index.get(key);
      if (ids) for (const id of ids) visit(b.get(id)!, id);
    }
  }
}

/** A deletion in the changes given to `updateRecords`. */
export const REMOVED: unique symbol = Symbol('removed');

/**
 * `base` with `changes` applied (a value, or REMOVED), keeping insertion order: a changed id
 * stays where it was, a new one goes last. A persistent map comes back when `base` is one or
 * the result is at least PERSISTENT_FROM long; otherwise a plain object. `base` is untouched.
 */
export function updateRecords<T>(base: Readonly<Record<string, T>>, changes: ReadonlyMap<string, T | typeof REMOVED>): Record<string, T> {
  let store = storeOf(base);
  if (!store) {
    let n = 0;
    for (const _ in base) if (++n >= PERSISTENT_FROM) break;
    if (n < PERSISTENT_FROM) return updatePlain(base, changes);
    store = fromPlain(base);
  }
  const buckets = store.buckets.slice() as Map<string, T>[];
  const places = store.places.slice() as Map<string, number>[];
  const copied = new Set<number>();
  let order = store.order;
  let orderCopied = false;
  let size = store.size;
  /** Removed ids by the chunk that holds them. */
  const removed = new Map<number, Set<string>>();
  for (const [id, value] of changes) {
    const h = bucketOf(id);
    const had = buckets[h]!.has(id);
    if (value === REMOVED && !had) continue;
    if (!copied.has(h)) {
      buckets[h] = new Map(buckets[h]!);
      places[h] = new Map(places[h]!);
      copied.add(h);
    }
    const bucket = buckets[h]!;
    const place = places[h]!;
    if (value === REMOVED) {
      const at = place.get(id)!;
      bucket.delete(id);
      place.delete(id);
      const ids = removed.get(at);
      if (ids) ids.add(id);
      else removed.set(at, new Set([id]));
      size--;
      continue;
    }
    bucket.set(id, value);
    if (had) continue;
    size++;
    if (!orderCopied) {
      order = order.slice();
      orderCopied = true;
    }
    const chunks = order as (readonly string[])[];
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length < CHUNK) chunks[last] = [...chunks[last]!, id];
    else chunks.push([id]);
    place.set(id, chunks.length - 1);
  }
  if (removed.size) {
    const chunks = (orderCopied ? order : order.slice()) as (readonly string[])[];
    for (const [at, ids] of removed) chunks[at] = chunks[at]!.filter((id) => !ids.has(id));
    order = chunks;
  }
  return makeView({ buckets, places, order, size });
}

function updatePlain<T>(base: Readonly<Record<string, T>>, changes: ReadonlyMap<string, T | typeof REMOVED>): Record<string, T> {
  const out: Record<string, T> = { ...base };
  for (const [id, value] of changes) {
    if (value === REMOVED) delete out[id];
    else out[id] = value;
  }
  return out;
}

/**
 * The ids whose values differ between two versions of one collection, without looking at
 * what they share: for two persistent maps only the buckets that are not the same object are
 * compared. Gives null when more than `limit` differ.
 */
export function changedRecordIds<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, limit: number, into: Set<string>): boolean {
  if (a === b) return true;
  const sa = storeOf(a);
  const sb = storeOf(b);
  if (sa && sb) {
    for (let h = 0; h < BUCKETS; h++) {
      const x = sa.buckets[h]!;
      const y = sb.buckets[h]!;
      if (x === y) continue;
      for (const [id, v] of y) if (x.get(id) !== v) into.add(id); // values are never undefined
      for (const id of x.keys()) if (!y.has(id)) into.add(id);
      if (into.size > limit) return false;
    }
    return true;
  }
  for (const id in b) if (a[id] !== b[id]) into.add(id);
  for (const id in a) if (!(id in b)) into.add(id);
  return into.size <= limit;
}

/** An ordinary object with the same entries (for structured clone); plain input comes back as is. */
export function plainRecords<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  return isRecordMap(map) ? { ...map } : (map as Record<string, T>);
}

/**
 * The document with ordinary objects in place of persistent maps, for structured clone
 * (Electron IPC, a Web Worker): O(size), so only at those boundaries.
 */
export function plainDocument<D extends { meta: { stamps: object; tombstones: object } }>(doc: D): D {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) out[key] = isRecordMap(value) ? plainRecords(value as Record<string, unknown>) : value;
  const meta = doc.meta as unknown as Record<string, Record<string, unknown>>;
  out.meta = { ...meta, stamps: plainRecords(meta.stamps!), tombstones: plainRecords(meta.tombstones!) };
  const revisions = out.revisions as Record<string, { snapshot?: Record<string, unknown> }> | undefined;
  if (revisions) {
    const plain: Record<string, unknown> = {};
    for (const [id, r] of Object.entries(revisions)) {
      const s = r.snapshot;
      plain[id] = s && (isRecordMap(s.entities) || isRecordMap(s.links)) ? { ...r, snapshot: { ...s, entities: plainRecords(s.entities as Record<string, unknown>), links: plainRecords(s.links as Record<string, unknown>) } } : r;
    }
    out.revisions = plain;
  }
  return out as D;
}

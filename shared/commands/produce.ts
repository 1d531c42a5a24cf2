import { createDraft, current, enablePatches, finishDraft, freeze, isDraft, isDraftable, produceWithPatches, type Draft, type Patch } from 'immer';
import { COLLECTIONS, POSITIONS_KEY, REMOVED, eachRecord, eachRecordWith, recordReader, updateRecords, type McredDocument } from '../model';

/**
 * immer for a whole document, with every record map (the collections, positions, saves,
 * stamps and deletion marks) behind an overlay instead of an immer draft. immer copies an
 * object it changes — for `entities` of a 10k map and its 27k stamps that is most of the
 * cost of an edit. The overlay copies nothing: it hands out an immer draft of each record
 * that is read, notes what is set or deleted, and at the end makes the new map with
 * `updateRecords` (a persistent map from PERSISTENT_FROM records on, sharing what did not
 * change) and the patches, paths and values exactly as immer gives them.
 *
 * The recipe sees what it always saw: `draft.entities[id]` is a draft of that record,
 * assignment and `delete` work, `Object.keys/values/entries`, `for…in` and `in` list the
 * current ids. Use `currentDocument(draft)` instead of immer's `current` for the whole map.
 */

type RecordMap = Record<string, unknown>;

enablePatches();

const MAPS: readonly (readonly string[])[] = [...COLLECTIONS.map((c) => [c]), [POSITIONS_KEY], ['saves'], ['meta', 'stamps'], ['meta', 'tombstones']];

const OVERLAY = Symbol('overlay');
/** Not Object.prototype and no `constructor` of its own: immer neither drafts nor freezes an overlay. */
const OVERLAY_PROTO: object = Object.create(Object.prototype) as object;

interface Overlay {
  readonly base: RecordMap;
  readonly path: readonly string[];
  /** Set or deleted ids, and records read (as their drafts), in the order first touched. */
  readonly changes: Map<string, unknown>;
  /** The drafts this overlay made, by id: only these are finished here. */
  readonly drafts: Map<string, unknown>;
}

function hasOwn(map: RecordMap, id: string): boolean {
  return Object.hasOwn(map, id);
}

function overlayOf(value: unknown): Overlay | undefined {
  return typeof value === 'object' && value !== null ? ((value as Record<symbol, Overlay | undefined>)[OVERLAY] ?? undefined) : undefined;
}

function makeOverlay(base: RecordMap, path: readonly string[]): RecordMap {
  const o: Overlay = { base, path, changes: new Map(), drafts: new Map() };
  const present = (id: string): boolean => (o.changes.has(id) ? o.changes.get(id) !== REMOVED : hasOwn(base, id));
  const read = (id: string): unknown => {
    if (o.changes.has(id)) {
      const v = o.changes.get(id);
      return v === REMOVED ? undefined : v;
    }
    if (!hasOwn(base, id)) return undefined;
    const v = base[id];
    if (typeof v !== 'object' || v === null || !isDraftable(v)) return v;
    const d = createDraft(v as object);
    o.changes.set(id, d);
    o.drafts.set(id, d);
    return d;
  };
  const write = (id: string, value: unknown): boolean => {
    o.changes.set(id, value);
    return true;
  };
  return new Proxy(Object.create(null) as RecordMap, {
    get(_t, key) {
      if (key === OVERLAY) return o;
      if (typeof key === 'string' && present(key)) return read(key);
      return (Object.prototype as unknown as Record<string | symbol, unknown>)[key];
    },
    set: (_t, key, value) => typeof key === 'string' && write(key, value),
    defineProperty: (_t, key, desc) => typeof key === 'string' && 'value' in desc && write(key, desc.value),
    deleteProperty(_t, key) {
      if (typeof key === 'string') o.changes.set(key, REMOVED);
      return true;
    },
    has: (_t, key) => (typeof key === 'string' && present(key)) || key in Object.prototype,
    ownKeys() {
      const keys: string[] = [];
      for (const id of Object.keys(base)) if (o.changes.get(id) !== REMOVED) keys.push(id);
      for (const [id, v] of o.changes) if (v !== REMOVED && !hasOwn(base, id)) keys.push(id);
      return keys;
    },
    getOwnPropertyDescriptor(_t, key) {
      if (typeof key !== 'string' || !present(key)) return undefined;
      return { value: read(key), writable: true, enumerable: true, configurable: true };
    },
    getPrototypeOf: () => OVERLAY_PROTO,
  });
}

/**
 * Calls `visit(value, id)` for every record of one of a draft's record maps as the recipe has
 * left it, in no particular order, without making an immer draft of each record as
 * `Object.values(draft.links)` would: on a 10k map that is a draft per link to make and to
 * finish, most of the cost of the command. For passes that only read and do not depend on
 * order: the values are the records as they are (or the drafts of those the recipe has
 * touched); change one through `draft.links[id]`.
 */
export function scanRecords<T>(map: Readonly<Record<string, T>>, visit: (value: T, id: string) => void): void {
  const o = overlayOf(map);
  if (!o) {
    eachRecord(map, (v, id) => void visit(v, id));
    return;
  }
  const base = o.base as Readonly<Record<string, T>>;
  eachRecord(base, (v, id) => {
    if (!o.changes.has(id)) visit(v, id);
  });
  for (const [id, v] of o.changes) if (v !== REMOVED) visit(v as T, id);
}

/**
 * `scanRecords` of the records whose `keyOf(value)` is one of `keys`, through the key indexes
 * of `eachRecordWith`: the records the recipe has not touched are looked up, the few it has
 * are checked one by one.
 */
export function scanRecordsWith<T>(map: Readonly<Record<string, T>>, keyOf: (value: T) => string, keys: Iterable<string>, visit: (value: T, id: string) => void): void {
  const o = overlayOf(map);
  if (!o) {
    eachRecordWith(map, keyOf, keys, visit);
    return;
  }
  const wanted = new Set(keys);
  eachRecordWith(o.base as Readonly<Record<string, T>>, keyOf, wanted, (v, id) => {
    if (!o.changes.has(id)) visit(v, id);
  });
  for (const [id, v] of o.changes) if (v !== REMOVED && wanted.has(keyOf(v as T))) visit(v as T, id);
}

/** Reads `map[id]` of one of a draft's record maps without making a draft of the record: for reading only. */
export function draftReader<T>(map: Readonly<Record<string, T>>): (id: string) => T | undefined {
  const o = overlayOf(map);
  const base = recordReader((o ? o.base : map) as Readonly<Record<string, T>>);
  if (!o) return base;
  return (id) => {
    if (!o.changes.has(id)) return base(id);
    const v = o.changes.get(id);
    return v === REMOVED ? undefined : (v as T);
  };
}

/** A value set into a map may hold drafts read from it (`{ ...draft.entities[id] }`): take their current state. */
function settle(value: unknown): unknown {
  if (isDraft(value)) return current(value as object);
  if (typeof value !== 'object' || value === null || overlayOf(value)) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v, i) => {
      const s = settle(v);
      if (s !== v) (out ??= [...value])[i] = s;
    });
    return out ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const s = settle(v);
    if (s !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = s;
  }
  return out ?? value;
}

/** The new map of an overlay and the patches that lead to it (and back). */
function finishOverlay(o: Overlay, patches: Patch[], inverse: Patch[]): RecordMap {
  if (!o.changes.size) return o.base;
  const out = new Map<string, unknown>();
  for (const [id, v] of o.changes) {
    const path = [...o.path, id];
    const had = hasOwn(o.base, id);
    const old = had ? o.base[id] : undefined;
    if (v === REMOVED) {
      if (!had) continue;
      patches.push({ op: 'remove', path });
      inverse.push({ op: 'add', path, value: old });
      out.set(id, REMOVED);
      continue;
    }
    if (o.drafts.get(id) === v) {
      const next = finishDraft(v as Draft<object>, (p, ip) => {
        for (const q of p) patches.push({ ...q, path: [...path, ...q.path] });
        for (const q of ip) inverse.push({ ...q, path: [...path, ...q.path] });
      }) as unknown;
      if (next !== old) out.set(id, next);
      continue;
    }
    const value = freeze(settle(v), true);
    if (had && value === old) continue;
    patches.push({ op: had ? 'replace' : 'add', path, value });
    inverse.push(had ? { op: 'replace', path, value: old } : { op: 'remove', path });
    out.set(id, value);
  }
  return out.size ? updateRecords(o.base, out as Map<string, unknown>) : o.base;
}

function getIn(obj: unknown, path: readonly string[]): unknown {
  let v = obj;
  for (const k of path) v = v === undefined || v === null ? undefined : (v as Record<string, unknown>)[k];
  return v;
}

/**
 * Like immer's `produceWithPatches(doc, recipe)`, but an edit costs what it changes: see
 * the comment at the top. The result is frozen like immer's; an edit that changes nothing
 * gives back `doc` itself and no patches.
 */
export function produceDocument(doc: McredDocument, recipe: (draft: Draft<McredDocument>) => void): [McredDocument, Patch[], Patch[]] {
  const shell = { ...doc, meta: { ...doc.meta } } as Record<string, unknown>;
  for (const path of MAPS) {
    const parent = (path.length === 1 ? shell : shell[path[0]!]) as Record<string, unknown>;
    const key = path[path.length - 1]!;
    parent[key] = makeOverlay(parent[key] as RecordMap, path);
  }
  const [next, rootPatches, rootInverse] = produceWithPatches(shell as McredDocument, (draft) => {
    recipe(draft);
  });
  const patches: Patch[] = [...rootPatches];
  const inverse: Patch[] = [];
  const result = { ...(next as unknown as Record<string, unknown>) };
  const meta = { ...(result.meta as Record<string, unknown>) };
  let changed = rootPatches.length > 0;
  for (const path of MAPS) {
    const key = path[path.length - 1]!;
    const parent = path.length === 1 ? result : meta;
    const value = getIn(next, path);
    const o = overlayOf(value);
    if (!o) continue; // the recipe replaced the whole map: immer's patches say so
    const made = finishOverlay(o, patches, inverse);
    parent[key] = made;
    if (made !== o.base) changed = true;
  }
  if (!changed) return [doc, [], []];
  result.meta = Object.freeze(meta);
  // Immer's inverse patches of the root come last: they undo what the recipe did to it first.
  return [Object.freeze(result) as unknown as McredDocument, patches, [...inverse, ...rootInverse]];
}

/**
 * The whole document as it stands in the middle of a recipe (what immer's `current` gives
 * for a plain draft): record maps with what the recipe set so far, sharing the rest.
 */
export function currentDocument(draft: Draft<McredDocument>): McredDocument {
  const now = (isDraft(draft) ? current(draft) : draft) as McredDocument;
  const out = { ...now, meta: { ...now.meta } } as Record<string, unknown>;
  for (const path of MAPS) {
    const parent = (path.length === 1 ? out : out.meta) as Record<string, unknown>;
    const key = path[path.length - 1]!;
    const o = overlayOf(parent[key]);
    if (!o) continue;
    const changes = new Map<string, unknown>();
    for (const [id, v] of o.changes) changes.set(id, v === REMOVED ? REMOVED : settle(v));
    parent[key] = changes.size ? updateRecords(o.base, changes as Map<string, unknown>) : o.base;
  }
  return out as unknown as McredDocument;
}

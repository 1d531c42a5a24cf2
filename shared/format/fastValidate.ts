import type { z } from 'zod';
import { FORBIDDEN_KEYS } from '../model';
import { isRawObject } from './migrations/types';

/**
 * A fast yes/no validator compiled from a zod schema, for the load path: a valid map is
 * accepted as it was parsed, without zod copying every record; only when the answer is
 * "no" does zod run, to give the precise messages. It is at least as strict as zod: any
 * schema feature it does not understand compiles to "no", which sends the input to zod.
 * (Property-tested: whatever it accepts, zod accepts unchanged.) A yes also means that no
 * object in the value has a forbidden key (`__proto__` …), so the load can skip its own
 * search for them.
 */
export type FastCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const NO: FastCheck = () => false;

/** Lengths of the forbidden keys: most keys are shorter or longer, and a length is cheaper to look at than a set. */
const SHORTEST = Math.min(...[...FORBIDDEN_KEYS].map((k) => k.length));
const LONGEST = Math.max(...[...FORBIDDEN_KEYS].map((k) => k.length));

/** What a string check has accepted before its first string: equal to no input. */
const NOTHING_YET = Symbol('nothing accepted yet');

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** Counts the keys of every object a check has looked at (so a caller can compare with the text). */
export interface KeyCounter {
  keys: number;
}

/** Called with each entry of a record (`z.record`) the check has accepted: its key and value. */
export type RecordVisitor = (key: string, value: unknown) => void;

export interface FastCheckOptions {
  counter?: KeyCounter;
  /**
   * Visitors of the entries of particular record schemas (by schema object), for a caller
   * that needs each entry anyway: it gets them on the check's own walk, while they are in
   * the cache. Entries come in the order the check meets them; a "no" stops the walk.
   */
  visitors?: ReadonlyMap<z.ZodType, RecordVisitor>;
}

type Seen = Map<unknown, FastCheck> & { counter?: KeyCounter; visitors?: ReadonlyMap<unknown, RecordVisitor> };

export function compileFastCheck(schema: z.ZodType, options: FastCheckOptions = {}): FastCheck {
  const seen: Seen = new Map();
  if (options.counter) seen.counter = options.counter;
  if (options.visitors) seen.visitors = options.visitors;
  return compile(schema, seen);
}

function compile(schema: unknown, seen: Seen): FastCheck {
  const cached = seen.get(schema);
  if (cached) return cached;
  const check = build(schema, seen);
  seen.set(schema, check);
  return check;
}

function build(schema: unknown, seen: Seen): FastCheck {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringCheck(def);
    case 'number':
      return numberCheck(def);
    case 'boolean':
      return def.checks?.length ? NO : (v) => typeof v === 'boolean';
    case 'literal':
      return oneOf(def.values as unknown[]);
    case 'enum':
      return oneOf(Object.values(def.entries as Record<string, unknown>));
    case 'optional': {
      const inner = compile(def.innerType, seen);
      return (v) => v === undefined || inner(v);
    }
    case 'array':
      return arrayCheck(def, compile(def.element, seen));
    case 'object':
      return objectCheck(def, seen);
    case 'record':
      return recordCheck(def, seen, seen.visitors?.get(schema));
    case 'union':
      return unionCheck(def, seen);
    default:
      return NO;
  }
}

function stringCheck(def: Def): FastCheck {
  const tests: ((s: string) => boolean)[] = [];
  if (def.pattern instanceof RegExp) {
    const re = def.pattern;
    tests.push((s) => re.test(s));
  }
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length') tests.push((s) => s.length >= (d.minimum as number));
    else if (d.check === 'max_length') tests.push((s) => s.length <= (d.maximum as number));
    else if (d.check === 'string_format' && d.pattern instanceof RegExp && !d.pattern.global && !d.pattern.sticky) {
      const re = d.pattern;
      tests.push((s) => re.test(s));
    } else if (d.check === 'overwrite' && typeof d.tx === 'function') {
      // e.g. trim(): accept only values the transform leaves as they are.
      const tx = d.tx as (s: string) => unknown;
      tests.push((s) => tx(s) === s);
    } else return NO;
  }
  if (!tests.length) return (v) => typeof v === 'string';
  // The last string accepted. The tests depend on the text alone, and a map repeats text
  // back to back: a record's fields share one change stamp (four in five stamps equal the
  // one before), and a record's id is checked as its key and again as its `id`. It starts
  // as a value no input can be: starting as undefined let a missing field pass once.
  let accepted: unknown = NOTHING_YET;
  return (v) => {
    if (v === accepted) return true;
    if (typeof v !== 'string') return false;
    for (const t of tests) if (!t(v)) return false;
    accepted = v;
    return true;
  };
}

function numberCheck(def: Def): FastCheck {
  const tests: ((n: number) => boolean)[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    const value = d.value as number;
    if (d.check === 'greater_than') tests.push(d.inclusive ? (n) => n >= value : (n) => n > value);
    else if (d.check === 'less_than') tests.push(d.inclusive ? (n) => n <= value : (n) => n < value);
    else if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int')) tests.push((n) => Number.isSafeInteger(n));
    else return NO;
  }
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

function arrayCheck(def: Def, element: FastCheck): FastCheck {
  let min = 0;
  let max = Infinity;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length') min = d.minimum as number;
    else if (d.check === 'max_length') max = d.maximum as number;
    else return NO;
  }
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}


function objectCheck(def: Def, seen: Seen): FastCheck {
  const shape = def.shape as Record<string, unknown>;
  const keys = Object.keys(shape);
  if (def.checks?.length || keys.some((k) => FORBIDDEN_KEYS.has(k))) return NO;
  const checks = keys.map((k) => compile(shape[k], seen));
  const known = new Set(keys);
  const counter = seen.counter ?? { keys: 0 };
  return (v) => {
    if (!isRawObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    // Unknown keys: zod refuses them (strict) or strips them (loose); either way "no".
    let n = 0;
    for (const k in v) {
      if (!known.has(k)) return false;
      n++;
    }
    counter.keys += n;
    return true;
  };
}

/** A string schema with no pattern or checks: any string. */
function isPlainString(schema: unknown): boolean {
  const def = defOf(schema);
  return def.type === 'string' && !def.checks?.length && !(def.pattern instanceof RegExp);
}

function recordCheck(def: Def, seen: Seen, visit: RecordVisitor | undefined): FastCheck {
  if (def.checks?.length) return NO;
  const anyKey = compile(def.keyType, seen);
  // Keys of any text (the stamps' field names) must still say no to a forbidden key. A key
  // of a for…in is always a string: a plain string check would only cost a call per key.
  const allowed = (k: string) => k.length < SHORTEST || k.length > LONGEST || !FORBIDDEN_KEYS.has(k);
  const key = ![...FORBIDDEN_KEYS].some(anyKey) ? anyKey : isPlainString(def.keyType) ? allowed : (k: string) => allowed(k) && anyKey(k);
  const value = compile(def.valueType, seen);
  const counter = seen.counter ?? { keys: 0 };
  const entry = (k: string, x: unknown): boolean => {
    if (!key(k) || !value(x)) return false;
    if (visit) visit(k, x);
    return true;
  };
  if (!holdsObjects(def.valueType)) {
    return (v) => {
      if (!isRawObject(v)) return false;
      let n = 0;
      for (const k in v) {
        if (!entry(k, v[k])) return false;
        n++;
      }
      counter.keys += n;
      return true;
    };
  }
  // A record of records (a collection) can hold tens of thousands: the engine keeps such an
  // object as a hash table, where for…in looks each key up again; Object.keys does not.
  return (v) => {
    if (!isRawObject(v)) return false;
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) if (!entry(keys[i]!, v[keys[i]!])) return false;
    counter.keys += keys.length;
    return true;
  };
}

/** Whether a schema's values are objects (records, objects, tagged unions of objects). */
function holdsObjects(schema: unknown): boolean {
  const type = defOf(schema).type;
  return type === 'object' || type === 'record' || type === 'union';
}

function unionCheck(def: Def, seen: Seen): FastCheck {
  const discriminator = def.discriminator;
  if (typeof discriminator !== 'string' || def.checks?.length) return NO;
  const tags: unknown[] = [];
  const checks: FastCheck[] = [];
  for (const option of def.options as unknown[]) {
    const optionDef = defOf(option);
    if (optionDef.type !== 'object') return NO;
    const tag = defOf((optionDef.shape as Record<string, unknown>)[discriminator]);
    if (tag.type !== 'literal') return NO;
    const check = compile(option, seen);
    for (const value of tag.values as unknown[]) {
      tags.push(value);
      checks.push(check);
    }
  }
  return (v) => {
    if (!isRawObject(v)) return false;
    const i = indexOf(tags, v[discriminator]);
    return i >= 0 && checks[i]!(v);
  };
}

/**
 * A few allowed values (a tag, a level): compared one by one. The text being checked is
 * fresh from JSON.parse, so a Set would first hash it; two texts of different lengths
 * differ at once.
 */
function oneOf(values: readonly unknown[]): FastCheck {
  if (values.length > 16) {
    const set = new Set(values);
    return (v) => set.has(v);
  }
  return (v) => indexOf(values, v) >= 0;
}

/** Where `v` is in `values` (by ===: a literal is never NaN), or -1. */
function indexOf(values: readonly unknown[], v: unknown): number {
  for (let i = 0; i < values.length; i++) if (values[i] === v) return i;
  return -1;
}

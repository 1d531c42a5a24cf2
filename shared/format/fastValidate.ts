import type { z } from 'zod';
import { FORBIDDEN_KEYS } from '../model';

/**
 * A fast yes/no validator compiled from a zod schema, for the load path: a valid map is
 * accepted as it was parsed, without zod copying every record; only when the answer is
 * "no" does zod run, to give the precise messages. It is at least as strict as zod: any
 * schema feature it does not understand compiles to "no", which sends the input to zod.
 * (Property-tested: whatever it accepts, zod accepts unchanged.) A yes also means that no
 * object in the value has a forbidden key (`__proto__` …), so the load can skip its own
 * search for them.
 *
 * The check is compiled to JavaScript source, one function per schema node, and made a
 * function once (`new Function`), as zod itself does for its object parsers: each field
 * is then read by name (a property load the engine caches per place in the code) and
 * simple checks are written in place, where a tree of closures read every field through
 * one shared `v[key]` and a call per value. The source is made from the schema alone, never
 * from the data: keys and texts enter it through `JSON.stringify`, patterns and transforms
 * as values handed to the function. Where making code from text is forbidden (a page whose
 * content security policy has no 'unsafe-eval'), the check says "no" and zod does the work.
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

export function compileFastCheck(schema: z.ZodType, options: FastCheckOptions = {}): FastCheck {
  const unit = new Unit(options.visitors);
  const root = unit.node(schema).call('v');
  const source = `${unit.lines.join('\n')}\nreturn function check(v) { return ${root}; };`;
  try {
    const make = new Function('values', 'counter', source) as (values: readonly unknown[], counter: KeyCounter) => FastCheck;
    return make(unit.values, options.counter ?? { keys: 0 });
  } catch (e) {
    if (e instanceof EvalError) return NO;
    throw e;
  }
}

/** The source of one schema node's check: an expression that checks the value in variable `x`. */
interface CheckSource {
  call: (x: string) => string;
}

/** A schema feature the check does not know: "no", and zod decides. */
const NEVER: CheckSource = { call: () => 'false' };

/** Lengths of the forbidden keys: most keys are shorter or longer, and a length is cheaper to look at than a set. */
const SHORTEST = Math.min(...[...FORBIDDEN_KEYS].map((k) => k.length));
const LONGEST = Math.max(...[...FORBIDDEN_KEYS].map((k) => k.length));

const IS_OBJECT = (x: string) => `typeof ${x} === "object" && ${x} !== null && !Array.isArray(${x})`;

/** `x.key` for a key that is a plain name, else `x["key"]`. */
function field(x: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${x}.${key}` : `${x}[${JSON.stringify(key)}]`;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** The source being written: its functions, and the values (patterns, transforms, visitors) they use. */
class Unit {
  readonly lines: string[] = [];
  readonly values: unknown[] = [];
  private readonly seen = new Map<unknown, CheckSource>();
  private count = 0;

  constructor(private readonly visitors: ReadonlyMap<unknown, RecordVisitor> | undefined) {
    this.lines.push(`const NOTHING = values[0];`, `const FORBIDDEN = values[1];`);
    this.values.push(Symbol('nothing accepted yet'), FORBIDDEN_KEYS);
  }

  /** A constant of the generated scope holding `value`. */
  private value(value: unknown): string {
    const name = `k${this.values.length}`;
    this.lines.push(`const ${name} = values[${this.values.length}];`);
    this.values.push(value);
    return name;
  }

  private name(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  /** A function of the generated scope: `body` (lines) with the value in `v`. */
  private fn(prefix: string, body: string[]): CheckSource {
    const name = this.name(prefix);
    this.lines.push(`function ${name}(v) {`, ...body.map((l) => `  ${l}`), '}');
    return { call: (x) => `${name}(${x})` };
  }

  node(schema: unknown): CheckSource {
    const known = this.seen.get(schema);
    if (known) return known;
    // A schema that contains itself (possible only through getters) says "no" inside itself: zod decides.
    this.seen.set(schema, NEVER);
    const built = this.build(schema);
    this.seen.set(schema, built);
    return built;
  }

  private build(schema: unknown): CheckSource {
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
        return this.string(def);
      case 'number':
        return this.number(def);
      case 'boolean':
        return def.checks?.length ? NEVER : { call: (x) => `typeof ${x} === "boolean"` };
      case 'literal':
      case 'enum':
        // The values zod takes (a numeric native enum's entries also hold its names).
        return this.oneOf([...(valuesOf(schema) ?? [])]);
      case 'optional': {
        const inner = this.node(def.innerType);
        return { call: (x) => `(${x} === undefined || ${inner.call(x)})` };
      }
      case 'array':
        return this.array(def);
      case 'object':
        return this.object(def);
      case 'record':
        return this.record(def, this.visitors?.get(schema));
      case 'union':
        return this.union(def);
      default:
        return NEVER;
    }
  }

  private string(def: Def): CheckSource {
    const lengths: ((x: string) => string)[] = [];
    const tests: ((x: string) => string)[] = [];
    // A string format schema (z.iso.date(), z.url() …) is only its pattern for some formats.
    if (def.check === 'string_format' && !isPatternFormat(def)) return NEVER;
    if (def.pattern instanceof RegExp) {
      const re = this.value(def.pattern);
      tests.push((x) => `${re}.test(${x})`);
    }
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      if (d.check === 'min_length') lengths.push((x) => `${x}.length >= ${Number(d.minimum)}`);
      else if (d.check === 'max_length') lengths.push((x) => `${x}.length <= ${Number(d.maximum)}`);
      else if (d.check === 'string_format' && isPatternFormat(d)) {
        const re = this.value(d.pattern);
        tests.push((x) => `${re}.test(${x})`);
      } else if (d.check === 'overwrite' && typeof d.tx === 'function') {
        // e.g. trim(): accept only values the transform leaves as they are.
        const tx = this.value(d.tx);
        tests.push((x) => `${tx}(${x}) === ${x}`);
      } else return NEVER;
    }
    // Lengths alone are written in place.
    if (!tests.length) return { call: (x) => `(${[`typeof ${x} === "string"`, ...lengths.map((t) => t(x))].join(' && ')})` };
    tests.unshift(...lengths);
    // The last string accepted. The tests depend on the text alone, and a map repeats text
    // back to back: a record's fields share one change stamp (four in five stamps equal the
    // one before), and a record's id is checked as its key and again as its `id`. It starts
    // as a value no input can be: starting as undefined let a missing field pass once.
    const accepted = this.name('a');
    this.lines.push(`let ${accepted} = NOTHING;`);
    return this.fn('s', [
      `if (v === ${accepted}) return true;`,
      `if (typeof v !== "string" || !(${tests.map((t) => t('v')).join(' && ')})) return false;`,
      `${accepted} = v;`,
      'return true;',
    ]);
  }

  private number(def: Def): CheckSource {
    const tests: ((x: string) => string)[] = [(x) => `typeof ${x} === "number"`, (x) => `Number.isFinite(${x})`];
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      const value = Number(d.value);
      if (d.check === 'greater_than') tests.push((x) => `${x} ${d.inclusive ? '>=' : '>'} ${value}`);
      else if (d.check === 'less_than') tests.push((x) => `${x} ${d.inclusive ? '<=' : '<'} ${value}`);
      else if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int')) tests.push((x) => `Number.isSafeInteger(${x})`);
      else return NEVER;
    }
    return { call: (x) => `(${tests.map((t) => t(x)).join(' && ')})` };
  }

  /**
   * A few allowed values (a tag, a level): compared one by one, written into the source.
   * The text being checked is fresh from JSON.parse, so a Set would first hash it; two texts
   * of different lengths differ at once.
   */
  private oneOf(values: readonly unknown[]): CheckSource {
    if (values.length > 16) {
      const set = this.value(new Set(values));
      return { call: (x) => `${set}.has(${x})` };
    }
    const literals = values.map((v) => this.literal(v));
    if (!literals.length) return NEVER;
    return { call: (x) => `(${literals.map((l) => `${x} === ${l}`).join(' || ')})` };
  }

  /** A literal value as source: texts, finite numbers, booleans and null written out, anything else as a constant. */
  private literal(v: unknown): string {
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return JSON.stringify(v);
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return this.value(v);
  }

  private array(def: Def): CheckSource {
    let min = 0;
    let max = Infinity;
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      if (d.check === 'min_length') min = Number(d.minimum);
      else if (d.check === 'max_length') max = Number(d.maximum);
      else return NEVER;
    }
    const element = this.node(def.element);
    return this.fn('l', [
      `if (!Array.isArray(v)${min > 0 ? ` || v.length < ${min}` : ''}${max < Infinity ? ` || v.length > ${max}` : ''}) return false;`,
      'for (let i = 0; i < v.length; i++) {',
      '  const x = v[i];',
      `  if (!${element.call('x')}) return false;`,
      '}',
      'return true;',
    ]);
  }

  private object(def: Def): CheckSource {
    const shape = def.shape as Record<string, unknown>;
    const keys = Object.keys(shape);
    if (def.checks?.length || keys.some((k) => FORBIDDEN_KEYS.has(k))) return NEVER;
    const checks = keys.map((k) => this.node(shape[k]));
    return this.fn('o', [
      `if (!(${IS_OBJECT('v')})) return false;`,
      ...keys.map((k, i) => `const f${i} = ${field('v', k)}; if (!${checks[i]!.call(`f${i}`)}) return false;`),
      // Unknown keys: zod refuses them (strict) or strips them (loose); either way "no". Each
      // key the loop meets is looked at, as zod does: a count of the known fields present
      // could be made up by a field the object only inherits or hides from the loop.
      'let n = 0;',
      'for (const key in v) {',
      ...(keys.length ? ['  switch (key) {', ...keys.map((k) => `    case ${JSON.stringify(k)}:`), '      n++;', '      break;', '    default:', '      return false;', '  }'] : ['  return false;']),
      '}',
      'counter.keys += n;',
      'return true;',
    ]);
  }

  private record(def: Def, visit: RecordVisitor | undefined): CheckSource {
    // Keys from a list (an enum, literals): zod then wants every one of them.
    if (def.checks?.length || valuesOf(def.keyType)) return NEVER;
    const keyNode = this.node(def.keyType);
    const value = this.node(def.valueType);
    // Keys of any text (the stamps' field names) must still say no to a forbidden key. A key
    // of a for…in is always a string: a plain string check would only cost a call per key.
    const mayBeForbidden = this.acceptsForbidden(def.keyType);
    const allowed = (k: string) => `(${k}.length < ${SHORTEST} || ${k}.length > ${LONGEST} || !FORBIDDEN.has(${k}))`;
    const key = !mayBeForbidden ? keyNode.call('k') : isPlainString(def.keyType) ? allowed('k') : `${allowed('k')} && ${keyNode.call('k')}`;
    const visitor = visit ? this.value(visit) : undefined;
    const entry = [`if (!(${key}) || !${value.call('x')}) return false;`, ...(visitor ? [`${visitor}(k, x);`] : [])];
    if (!holdsObjects(def.valueType)) {
      return this.fn('r', [
        `if (!(${IS_OBJECT('v')})) return false;`,
        'let n = 0;',
        'for (const k in v) {',
        '  const x = v[k];',
        ...entry.map((l) => `  ${l}`),
        '  n++;',
        '}',
        'counter.keys += n;',
        'return true;',
      ]);
    }
    // A record of records (a collection) can hold tens of thousands: the engine keeps such an
    // object as a hash table, where for…in looks each key up again; Object.keys does not.
    return this.fn('r', [
      `if (!(${IS_OBJECT('v')})) return false;`,
      'const keys = Object.keys(v);',
      'for (let i = 0; i < keys.length; i++) {',
      '  const k = keys[i];',
      '  const x = v[k];',
      ...entry.map((l) => `  ${l}`),
      '}',
      'counter.keys += keys.length;',
      'return true;',
    ]);
  }

  /** Whether the key schema would take one of the forbidden keys (zod is asked). */
  private acceptsForbidden(keyType: unknown): boolean {
    return [...FORBIDDEN_KEYS].some((k) => {
      try {
        return (keyType as z.ZodType).safeParse(k).success;
      } catch {
        return true; // a key check that throws (async, a refinement): assume it would take it
      }
    });
  }

  private union(def: Def): CheckSource {
    const discriminator = def.discriminator;
    if (typeof discriminator !== 'string' || def.checks?.length) return NEVER;
    const branches: string[] = [];
    for (const option of def.options as unknown[]) {
      const optionDef = defOf(option);
      if (optionDef.type !== 'object') return NEVER;
      const tag = defOf((optionDef.shape as Record<string, unknown>)[discriminator]);
      if (tag.type !== 'literal') return NEVER;
      const check = this.node(option);
      for (const value of tag.values as unknown[]) branches.push(`if (t === ${this.literal(value)}) return ${check.call('v')};`);
    }
    return this.fn('u', [`if (!(${IS_OBJECT('v')})) return false;`, `const t = ${field('v', discriminator)};`, ...branches, 'return false;']);
  }
}

/**
 * String formats whose zod check is their pattern and nothing else. Others (url, jwt, ipv6 …)
 * check more than a pattern, or have none: the fast check says no to them.
 */
const PATTERN_FORMATS = new Set(['regex', 'date', 'datetime', 'time', 'starts_with', 'ends_with', 'includes', 'email', 'uuid', 'guid']);

function isPatternFormat(d: Def | CheckDef): boolean {
  return typeof d.format === 'string' && PATTERN_FORMATS.has(d.format) && d.pattern instanceof RegExp && !d.pattern.global && !d.pattern.sticky;
}

/** The values of a schema that takes a list of them (an enum, a literal), or undefined. */
function valuesOf(schema: unknown): ReadonlySet<unknown> | undefined {
  return (schema as { _zod: { values?: ReadonlySet<unknown> } })._zod.values;
}

/** A string schema with no pattern, format or checks: any string. */
function isPlainString(schema: unknown): boolean {
  const def = defOf(schema);
  return def.type === 'string' && !def.check && !def.checks?.length && !(def.pattern instanceof RegExp);
}

/** Whether a schema's values are objects (records, objects, tagged unions of objects). */
function holdsObjects(schema: unknown): boolean {
  const type = defOf(schema).type;
  return type === 'object' || type === 'record' || type === 'union';
}

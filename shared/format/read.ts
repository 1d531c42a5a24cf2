import type { z } from 'zod';
import { COLLECTIONS, FORBIDDEN_KEYS, FORMAT_NAME, McredFile, SCHEMA_VERSION, type Carried } from '../model';

import { liftUnknownFields } from './carry';
import { compileFastCheck, type FastCheck, type KeyCounter, type RecordVisitor } from './fastValidate';
import { findSyntaxError, formatPath, locatePath } from './jsonScan';
import { MIGRATIONS, OLDEST_VERSION, isRawObject, type RawObject } from './migrations';
import { MAX_FILE_BYTES, type LoadProblem } from './problems';
import { ReferenceCheck } from './references';

/**
 * The first stages of the load pipeline, shared by loading and repairing: size → decode →
 * JSON → forbidden keys → format and version → migrations. What comes out is JSON of the
 * current format version that has not been validated yet.
 */
export interface MapText {
  text: string;
  /** The parsed JSON, migrated to the current version; owned by the caller (not shared). */
  raw: RawObject;
  /** The version the file was written in. */
  version: number;
  /** Keys in the parsed JSON before migration, when it had to be counted (older and newer files). */
  parsedKeys?: number;
  /** A newer app's file: what this version does not know, lifted out of `raw` to be written back. */
  carried?: Carried;
  /** The fast check's answer for `raw`, when the file is of the current version (`raw` is then as parsed). */
  fast?: FastResult;
}

export type MapTextResult = ({ ok: true } & MapText) | { ok: false; problems: LoadProblem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

const fail = (problem: LoadProblem): MapTextResult => ({ ok: false, problems: [problem] });

export function readMapText(input: string | Uint8Array): MapTextResult {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    return fail({ code: 'too-large', message: `the file is ${formatMb(size)}; maps larger than ${formatMb(MAX_FILE_BYTES)} are not opened` });
  }
  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    try {
      text = decoder.decode(input);
    } catch {
      return fail({ code: 'not-utf8', message: 'the file is not UTF-8 text (is it a binary file or a different encoding?)' });
    }
  }
  if (text.trim() === '') return fail({ code: 'empty', message: 'the file is empty' });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    if (e instanceof RangeError) return fail({ code: 'too-deep', message: 'the file is nested too deeply to be a map' });
    const where = findSyntaxError(text);
    return fail({
      code: 'syntax',
      message: `not valid JSON: ${where?.message ?? 'the file is damaged'} (was it cut short or edited by hand?)`,
      ...(where ? { line: where.line, column: where.column } : {}),
    });
  }

  // The fast check looks at every key and says no to a forbidden one, so after its yes the
  // search for them has nothing to find; its answer is kept for parseDocument.
  const fast = isRawObject(raw) && raw.schemaVersion === SCHEMA_VERSION ? fastValidate(raw) : undefined;
  if (!fast?.valid) {
    const guard = guardTree(raw, text);
    if (guard) return fail(guard);
  }
  if (!isRawObject(raw) || raw.format !== FORMAT_NAME) {
    return fail({ code: 'not-mcred', message: 'this is JSON, but not a Micro-Credential Studio map (no "format": "micro-credential-studio")' });
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    const message = version === undefined ? 'the file has no schemaVersion' : `the schemaVersion ${JSON.stringify(version)} is not a version of this format`;
    return fail({ code: 'bad-version', path: 'schemaVersion', message });
  }
  if (version > SCHEMA_VERSION) return readNewer(text, raw, version);

  // Migrations add keys, so an older file's keys are counted as they were written.
  const parsedKeys = version === SCHEMA_VERSION ? undefined : countTreeKeys(raw);
  let doc: RawObject = raw;
  for (const m of MIGRATIONS) {
    if (m.from < version) continue;
    try {
      doc = m.migrate(doc);
    } catch (e) {
      return fail({ code: 'migration-failed', message: `could not upgrade the map from format ${m.from} (${m.name}): ${(e as Error).message}` });
    }
  }
  return { ok: true, text, raw: doc, version, ...(parsedKeys === undefined ? {} : { parsedKeys }), ...(fast ? { fast } : {}) };
}

/**
 * A file of a newer format opens only when it says an app of this version may read it
 * (`readableFrom`): then the keys this version does not know are lifted out and carried.
 */
function readNewer(text: string, raw: RawObject, version: number): MapTextResult {
  const readableFrom = raw.readableFrom;
  if (typeof readableFrom !== 'number' || !Number.isInteger(readableFrom) || readableFrom < 1 || readableFrom > SCHEMA_VERSION) {
    return fail({
      code: 'newer-version',
      path: 'schemaVersion',
      message: `the map was saved by a newer Micro-Credential Studio (file format ${version}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
    });
  }
  const parsedKeys = countTreeKeys(raw);
  const doc: RawObject = { ...raw, schemaVersion: SCHEMA_VERSION };
  delete doc.readableFrom;
  const fields = liftUnknownFields(doc, McredFile).sort((a, b) => compareText(JSON.stringify(a.at), JSON.stringify(b.at)) || compareText(a.key, b.key));
  return { ok: true, text, raw: doc, version, parsedKeys, carried: { schemaVersion: version, readableFrom, fields } };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const counter: KeyCounter = { keys: 0 };
let fastCheck: FastCheck | undefined;
/** The reference check of the map being checked, fed by the fast check's walk. */
let references: ReferenceCheck | undefined;

/**
 * The fast path: a valid map is accepted as parsed; zod runs only to explain a "no". With
 * a yes, `keys` is how many keys the map has (counted on the way, at no extra cost), and
 * `references` has seen every record and stamp (handed over on the same walk): only its
 * `finish` is left.
 */
export type FastResult = { valid: true; keys: number; references: ReferenceCheck } | { valid: false };

export function fastValidate(doc: unknown): FastResult {
  fastCheck ??= compileFastCheck(McredFile, { counter, visitors: referenceVisitors() });
  counter.keys = 0;
  const check = (references = new ReferenceCheck(doc));
  try {
    return fastCheck(doc) ? { valid: true, keys: counter.keys, references: check } : { valid: false };
  } finally {
    references = undefined;
  }
}

/** Throws unless `parts` (the file schema's keys, in order) list the collections, then meta. */
export function checkPartOrder(parts: readonly string[]): void {
  const order = [...COLLECTIONS, 'meta'].map((p) => parts.indexOf(p));
  if (order.some((at, i) => at < 0 || (i > 0 && at < order[i - 1]!))) {
    throw new Error(`the map schema must list ${COLLECTIONS.join(', ')} and then meta, in that order, for the load's reference check`);
  }
}

/**
 * The fast check walks the file's parts in the schema's order; the reference check needs
 * every collection's records (entities before links) before the stamps. Checked once here,
 * so a reordered schema fails loudly instead of reporting links to entities not yet met.
 */
function referenceVisitors(): Map<z.ZodType, RecordVisitor> {
  checkPartOrder(Object.keys(McredFile.shape));
  const visitors = new Map<z.ZodType, RecordVisitor>();
  for (const c of COLLECTIONS) visitors.set(McredFile.shape[c], (key, rec) => references?.record(c, key, rec as { id: string }));
  visitors.set(McredFile.shape.meta.shape.stamps, (id) => references?.stamps(id));
  return visitors;
}

/** Every key of every object in a JSON tree (iterative: hostile nesting cannot overflow the stack). */
export function countTreeKeys(root: unknown): number {
  let keys = 0;
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
      continue;
    }
    for (const k in value) {
      keys++;
      stack.push((value as Record<string, unknown>)[k]);
    }
  }
  return keys;
}

/**
 * Refuses prototype-polluting keys before anything copies the tree. JSON.parse itself
 * defines `__proto__` as a plain own key; the danger is later copies, so such keys are
 * refused outright. The walk is iterative (hostile nesting cannot overflow the stack) and
 * only runs when the text contains one of the keys at all. Not needed after the fast
 * check's yes, which refuses these keys too.
 */
/** A forbidden key, or any \u escape (a key could hide behind one, as in "\u005f_proto__"). */
const SUSPICIOUS = /"(?:__proto__|constructor|prototype)"|\\u/;

function guardTree(root: unknown, text: string): LoadProblem | undefined {
  // A key can hide behind \u escapes ("\u005f_proto__"), so any escape also triggers the walk.
  if (!SUSPICIOUS.test(text)) return undefined;
  type Step = { key: string | number; parent: Step | undefined };
  const pathOf = (s: Step | undefined): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let p = s; p; p = p.parent) out.unshift(p.key);
    return out;
  };
  const stack: { value: unknown; at: Step | undefined }[] = [{ value: root, at: undefined }];
  while (stack.length) {
    const { value, at } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], at: { key: i, parent: at } });
      continue;
    }
    for (const key of Object.keys(value)) {
      const step = { key, parent: at };
      if (FORBIDDEN_KEYS.has(key)) {
        const full = pathOf(step);
        return { code: 'forbidden-key', message: `the key "${key}" is not allowed in a map file`, path: formatPath(full), ...locatePath(text, full) };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], at: step });
    }
  }
  return undefined;
}

/** Bytes the string takes as UTF-8; exact only when it could matter for the limit. */
function utf8Length(s: string): number {
  if (s.length <= MAX_FILE_BYTES / 3) return s.length;
  return new TextEncoder().encode(s).byteLength;
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
}

import { FORBIDDEN_KEYS, FORMAT_NAME, McredDocument, SCHEMA_VERSION } from '../model';

import { compileFastCheck, type FastCheck } from './fastValidate';
import { findDuplicateKey, findSyntaxError, formatPath, locatePath, type JsonPath } from './jsonScan';
import { MIGRATIONS, OLDEST_VERSION, isRawObject, type RawObject } from './migrations';
import { MAX_FILE_BYTES, failure, type LoadProblem, type LoadResult } from './problems';
import { checkReferences } from './references';
import { skeletonProblem } from './skeleton';

/** Schema problems reported with a line number; past this, only paths (finding lines costs a scan each). */
const MAX_LOCATED = 20;
const MAX_REPORTED = 200;

const decoder = new TextDecoder('utf-8', { fatal: true });

let fastCheck: FastCheck | undefined;
/** The fast path: a valid map is accepted as parsed; zod runs only to explain a "no". */
function isValidDocument(doc: unknown): boolean {
  fastCheck ??= compileFastCheck(McredDocument);
  return fastCheck(doc);
}

/**
 * The load pipeline: size → decode → parse → guard → migrate → validate → references.
 * Every failure is a value with a human message and, where it can be known, a place.
 */
export function parseDocument(input: string | Uint8Array): LoadResult {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    return failure([{ code: 'too-large', message: `the file is ${formatMb(size)}; maps larger than ${formatMb(MAX_FILE_BYTES)} are not opened` }]);
  }
  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    try {
      text = decoder.decode(input);
    } catch {
      return failure([{ code: 'not-utf8', message: 'the file is not UTF-8 text (is it a binary file or a different encoding?)' }]);
    }
  }
  if (text.trim() === '') return failure([{ code: 'empty', message: 'the file is empty' }]);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    if (e instanceof RangeError) return failure([{ code: 'too-deep', message: 'the file is nested too deeply to be a map' }]);
    const where = findSyntaxError(text);
    return failure([
      {
        code: 'syntax',
        message: `not valid JSON: ${where?.message ?? 'the file is damaged'} (was it cut short or edited by hand?)`,
        ...(where ? { line: where.line, column: where.column } : {}),
      },
    ]);
  }

  const guard = guardTree(raw, text);
  if (guard) return failure([guard]);
  if (!isRawObject(raw) || raw.format !== FORMAT_NAME) {
    return failure([{ code: 'not-mcred', message: 'this is JSON, but not a Micro-Credential Studio map (no "format": "micro-credential-studio")' }]);
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    const message = version === undefined ? 'the file has no schemaVersion' : `the schemaVersion ${JSON.stringify(version)} is not a version of this format`;
    return failure([{ code: 'bad-version', path: 'schemaVersion', message }]);
  }
  if (version > SCHEMA_VERSION) {
    return failure([
      {
        code: 'newer-version',
        path: 'schemaVersion',
        message: `the map was saved by a newer Micro-Credential Studio (file format ${version}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it.`,
      },
    ]);
  }

  let doc: RawObject = raw;
  for (const m of MIGRATIONS) {
    if (m.from < version) continue;
    try {
      doc = m.migrate(doc);
    } catch (e) {
      return failure([{ code: 'migration-failed', message: `could not upgrade the map from format ${m.from} (${m.name}): ${(e as Error).message}` }]);
    }
  }

  const skeleton = skeletonProblem(doc);
  if (skeleton) return failure([skeleton]);
  const parsed = isValidDocument(doc) ? { success: true as const, data: doc as McredDocument } : McredDocument.safeParse(doc);
  if (!parsed.success) {
    const migrated = version !== SCHEMA_VERSION;
    const problems: LoadProblem[] = parsed.error.issues.slice(0, MAX_REPORTED).map((issue, i) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const pos = !migrated && i < MAX_LOCATED ? nearestPosition(text, path) : undefined;
      const message = issue.code === 'invalid_key' ? `"${String(path[path.length - 1])}" is not a valid record id (expected a prefix, an underscore and letters or digits)` : issue.message;
      return { code: 'schema', path: formatPath(path), message, ...(pos ?? {}) };
    });
    return failure(problems);
  }
  const duplicate = findDuplicateRecord(text, parsed.data);
  if (duplicate) return failure([duplicate]);
  const references = checkReferences(parsed.data);
  if (references.length) {
    return failure(
      references.slice(0, MAX_REPORTED).map((p, i) => {
        const pos = i < MAX_LOCATED && p.path && version === SCHEMA_VERSION ? nearestPosition(text, p.path.split('.')) : undefined;
        return { ...p, ...(pos ?? {}) };
      }),
      true,
    );
  }
  return version === SCHEMA_VERSION ? { ok: true, doc: parsed.data } : { ok: true, doc: parsed.data, migratedFrom: version };
}

/** The line of the path, or of its closest existing ancestor (a missing field has no line). */
function nearestPosition(text: string, path: JsonPath) {
  for (let n = path.length; n >= 0; n--) {
    const pos = locatePath(text, path.slice(0, n));
    if (pos) return pos;
  }
  return undefined;
}

/**
 * Refuses prototype-polluting keys before anything copies the tree. JSON.parse itself
 * defines `__proto__` as a plain own key; the danger is later copies, so such keys are
 * refused outright. The walk is iterative (hostile nesting cannot overflow the stack) and
 * only runs when the text contains one of the keys at all.
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

/**
 * JSON.parse silently keeps the last of two equal keys, so a record pasted twice (a bad
 * hand merge) would vanish without a word. Cheap check: every record has exactly one
 * `"id":` key, so more of them in the text than records parsed means a duplicate; only
 * then does the slow scan find where.
 */
function findDuplicateRecord(text: string, doc: McredDocument): LoadProblem | undefined {
  let records = count(doc.entities) + count(doc.links) + count(doc.people) + count(doc.comments) + count(doc.endorsements) + count(doc.saves);
  for (const r of Object.values(doc.revisions)) records += 1 + count(r.snapshot.entities) + count(r.snapshot.links);
  let seen = 0;
  // Searching for `id":` and checking the quote before is faster than searching for `"id":`.
  for (let at = text.indexOf('id":'); at !== -1; at = text.indexOf('id":', at + 4)) if (text.charCodeAt(at - 1) === 0x22) seen++;
  if (seen <= records + 1) return undefined; // +1: the map's own id
  const where = findDuplicateKey(text);
  return where ? { code: 'syntax', message: `${where.message}; one of them would be lost`, line: where.line, column: where.column } : undefined;
}

const count = (o: object) => Object.keys(o).length;

/** Bytes the string takes as UTF-8; exact only when it could matter for the limit. */
function utf8Length(s: string): number {
  if (s.length <= MAX_FILE_BYTES / 3) return s.length;
  return new TextEncoder().encode(s).byteLength;
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
}

import { McredFile, SCHEMA_VERSION, type McredDocument } from '../model';

import { countKeysInText, findDuplicateKeys, formatPath, locatePaths, type DuplicateKey, type JsonPath, type TextPosition } from './jsonScan';
import { failure, type LoadProblem, type LoadResult } from './problems';
import { countTreeKeys, fastValidate, readMapText, type MapText } from './read';
import { checkReferences } from './references';
import { isRepairableIssue, repairMapText } from './repair';
import { schemaIssues } from './schemaProblems';
import { skeletonProblem } from './skeleton';

/** Problems listed per stage; past this only a count ("and 494,812 more"): a listing nobody reads costs time and memory. */
export const MAX_REPORTED = 200;

/**
 * The load pipeline: size → decode → parse → guard → migrate → duplicate keys → validate →
 * references. Every failure is a value with a human message and, where it can be known, a
 * place; when every problem can be repaired, the failure says what the repair would do.
 */
export function parseDocument(input: string | Uint8Array): LoadResult {
  const read = readMapText(input);
  if (!read.ok) return failure(read.problems);
  const { text, raw, version } = read;
  const fast = read.fast ?? fastValidate(raw);

  // JSON.parse silently keeps the last of two equal keys. Cheap check: the text writes
  // more keys than the parsed tree holds; only then does the slow scan find where.
  const treeKeys = read.parsedKeys ?? (fast.valid ? fast.keys : countTreeKeys(raw));
  if (countKeysInText(text) > treeKeys) {
    const duplicates = findDuplicateKeys(text, MAX_REPORTED);
    if (duplicates.total > 0) {
      const result = failure(duplicates.found.map(duplicateProblem), false, duplicates.total - duplicates.found.length);
      return withRepairs(result, read, duplicates.found, !result.more);
    }
  }

  // A hand-written start of a map (format, version, title) is told what to add.
  const skeleton = fast.valid ? undefined : skeletonProblem(raw);
  if (skeleton) return failure([skeleton]);
  const schema = fast.valid ? { issues: [], more: 0 } : schemaIssues(McredFile, raw, MAX_REPORTED);
  if (schema.issues.length || schema.more) {
    const shown = schema.issues;
    const paths = shown.map((issue) => issue.path.filter((p): p is string | number => typeof p !== 'symbol'));
    const positions = version === SCHEMA_VERSION ? nearestPositions(text, paths) : [];
    const problems: LoadProblem[] = shown.map((issue, i) => {
      const path = paths[i]!;
      const message = issue.code === 'invalid_key' ? `"${String(path[path.length - 1])}" is not a valid record id (expected a prefix, an underscore and letters or digits)` : issue.message;
      return { code: 'schema', path: formatPath(path), message, ...(positions[i] ?? {}) };
    });
    const result = failure(problems, false, schema.more);
    return withRepairs(result, read, [], !result.more && shown.every((issue) => isRepairableIssue(issue, raw)));
  }
  // zod accepts what the fast check did not (e.g. a title with spaces around it): take zod's normalised copy.
  const doc: McredDocument = fast.valid ? (raw as McredDocument) : McredFile.parse(raw);
  if (read.carried) doc.carried = read.carried;
  // A yes of the fast check handed it every record on its walk; otherwise a walk of its own.
  const references = fast.valid ? fast.references.finish(doc) : checkReferences(doc);
  if (references.length) {
    const shown = references.slice(0, MAX_REPORTED);
    const positions = version === SCHEMA_VERSION ? nearestPositions(text, shown.map((p) => (p.path ? p.path.split('.') : []))) : [];
    const result = failure(
      shown.map((p, i) => ({ ...p, ...(positions[i] ?? {}) })),
      true,
      references.length - shown.length,
    );
    // Mending references is one cheap pass, however many there are.
    return withRepairs(result, read, [], true);
  }
  return version < SCHEMA_VERSION ? { ok: true, doc, migratedFrom: version } : { ok: true, doc };
}

/** Adds what "Repair and open" would change, when it can mend every problem. */
function withRepairs(result: LoadResult & { ok: false }, read: MapText, duplicates: DuplicateKey[], worthTrying: boolean): LoadResult {
  if (!worthTrying) return result;
  const repaired = repairMapText(read, duplicates);
  return repaired.ok ? { ...result, repairs: repaired.repairs } : result;
}

function duplicateProblem(d: DuplicateKey): LoadProblem {
  const key = d.path[d.path.length - 1];
  const parent = d.path.length > 1 ? ` in ${formatPath(d.path.slice(0, -1))}` : '';
  return {
    code: 'duplicate-key',
    path: formatPath(d.path),
    message: `the key "${String(key)}" appears twice${parent} (lines ${d.first.line} and ${d.second.line}); only the later value would be kept`,
    line: d.second.line,
    column: d.second.column,
  };
}

/** The line of each path, or of its closest existing ancestor (a missing field has no line), in one scan. */
export function nearestPositions(text: string, paths: readonly JsonPath[]): (TextPosition | undefined)[] {
  const all: JsonPath[] = [];
  for (const p of paths) for (let n = p.length; n >= 0; n--) all.push(p.slice(0, n));
  const found = locatePaths(text, all);
  let k = 0;
  return paths.map((p) => {
    let best: TextPosition | undefined;
    for (let n = p.length; n >= 0; n--, k++) best ??= found[k];
    return best;
  });
}

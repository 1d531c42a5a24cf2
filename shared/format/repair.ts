import type { core } from 'zod';
import { COLLECTIONS, LINK_RULES, McredFile, SCHEMA_VERSION, type McredDocument, SETTINGS_RECORD, entityLabel, withArticle } from '../model';

import { findDuplicateKeys, formatPath, locatePaths, type DuplicateKey, type JsonPath } from './jsonScan';
import type { LoadProblem, Repair } from './problems';
import { fastValidate, readMapText, type MapText } from './read';
import { carriedRecordIds } from './carry';
import { checkReferences } from './references';

/**
 * "Repair and open": mends what hand edits and bad merges leave behind without touching
 * anything a person wrote. It drops the later-overwritten value of a key written twice
 * (as JSON.parse does, but said out loud), fields this version of the format does not
 * know, empty texts the format keeps absent, links whose ends are missing (or that join
 * the wrong kinds, an entity to itself, or repeat another link), positions, change stamps
 * and deletion marks of records that are not there. Entities, comments, endorsements,
 * people, revisions and the review records are never dropped: a file whose problems only
 * dropping one of them would mend stays unrepairable. Pure: the caller decides what to
 * write, and when.
 */
export type RepairResult =
  | { ok: true; doc: McredDocument; repairs: Repair[]; migratedFrom?: number }
  | { ok: false; problems: LoadProblem[] };

/** Rounds of schema repair: dropping a field can only reveal problems one level up. */
const MAX_ROUNDS = 4;

export function repairDocument(input: string | Uint8Array): RepairResult {
  const read = readMapText(input);
  if (!read.ok) return read;
  return repairMapText(read, findDuplicateKeys(read.text).found);
}

/** Repairs JSON that got through the first stages of the load pipeline; consumes `read.raw`. */
export function repairMapText(read: MapText, duplicates: readonly DuplicateKey[]): RepairResult {
  const found: { path: JsonPath; message: string; line?: number }[] = duplicates.map((d) => ({
    path: d.path,
    line: d.first.line,
    message: `"${String(d.path[d.path.length - 1])}" was written twice (lines ${d.first.line} and ${d.second.line}): kept the later value, dropped the earlier ${d.dropped}`,
  }));
  const add = (path: JsonPath, message: string) => found.push({ path, message });

  const raw = read.raw as Record<string, unknown>;
  for (let round = 0; !fastValidate(raw).valid; round++) {
    const parsed = McredFile.safeParse(raw);
    if (parsed.success) break;
    const fixable = parsed.error.issues.filter((issue) => isRepairableIssue(issue, raw));
    if (round === MAX_ROUNDS || fixable.length < parsed.error.issues.length) {
      return { ok: false, problems: parsed.error.issues.slice(0, 200).map((issue) => ({ code: 'schema', path: formatPath(pathOf(issue)), message: issue.message })) };
    }
    for (const issue of fixable) repairIssue(issue, raw, add);
  }
  const doc = raw as unknown as McredDocument;
  if (read.carried) doc.carried = read.carried;
  repairReferences(doc, add);
  const left = checkReferences(doc);
  if (left.length) return { ok: false, problems: left };

  const lines = read.version === SCHEMA_VERSION ? locatePaths(read.text, found.map((f) => f.path)) : [];
  const repairs = found.map((f, i): Repair => {
    const line = f.line ?? lines[i]?.line;
    return { path: formatPath(f.path), message: f.message, ...(line === undefined ? {} : { line }) };
  });
  // In the order of the file, as a reader would check them.
  repairs.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return read.version < SCHEMA_VERSION ? { ok: true, doc, repairs, migratedFrom: read.version } : { ok: true, doc, repairs };
}

type Issue = core.$ZodIssue;

const pathOf = (issue: Issue): JsonPath => issue.path.filter((p): p is string | number => typeof p !== 'symbol');

function valueAt(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A field this version does not know, or an empty text in a field the format keeps absent when empty. */
export function isRepairableIssue(issue: Issue, root: unknown): boolean {
  if (issue.code === 'unrecognized_keys') return isObject(valueAt(root, pathOf(issue)));
  if (issue.code === 'too_small' && issue.origin === 'string') {
    const path = pathOf(issue);
    return typeof path[path.length - 1] === 'string' && valueAt(root, path) === '' && isObject(valueAt(root, path.slice(0, -1)));
  }
  return false;
}

function repairIssue(issue: Issue, root: unknown, add: (path: JsonPath, message: string) => void): void {
  const path = pathOf(issue);
  if (issue.code === 'unrecognized_keys') {
    const owner = valueAt(root, path) as Record<string, unknown>;
    for (const key of issue.keys) {
      add([...path, key], `dropped the field "${key}", which this version of the format does not have (its value was ${excerpt(owner[key])})`);
      delete owner[key];
    }
    return;
  }
  const owner = valueAt(root, path.slice(0, -1)) as Record<string, unknown>;
  delete owner[path[path.length - 1] as string];
  // A required text left empty comes back as "required" in the next round: not repairable.
  add(path, 'left out the empty text (the format leaves a field out rather than empty)');
}

function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Drops the records that only point at what is not there; keeps everything a person wrote. */
function repairReferences(doc: McredDocument, add: (path: JsonPath, message: string) => void): void {
  const label = (id: string) => {
    const e = doc.entities[id];
    return e ? `“${entityLabel(e)}”` : `"${id}"`;
  };
  const joined = new Map<string, string>();
  for (const id of Object.keys(doc.links).sort()) {
    const l = doc.links[id]!;
    if (l.id !== id) continue;
    const from = doc.entities[l.from];
    const to = doc.entities[l.to];
    const rule = LINK_RULES[l.kind];
    const pair = `${l.from}\u0000${l.to}`;
    let why: string | undefined;
    if (!from || !to) why = !from && !to ? 'neither of its ends exists' : !from ? `its start "${l.from}" does not exist` : `its end "${l.to}" does not exist`;
    else if (l.from === l.to) why = 'it joins an entity to itself';
    else if (from.kind !== rule.from || to.kind !== rule.to) why = `${withArticle(l.kind)} link must go from ${withArticle(rule.from)} to ${withArticle(rule.to)}`;
    else if (joined.has(pair)) why = `it repeats the link "${joined.get(pair)}"`;
    if (why) {
      delete doc.links[id];
      add(['links', id], `removed the "${l.kind}" link from ${label(l.from)} to ${label(l.to)}: ${why}`);
    } else joined.set(pair, id);
  }
  const held = (id: string) => COLLECTIONS.some((c) => Object.hasOwn(doc[c], id));
  for (const id of Object.keys(doc.meta.tombstones)) {
    if (!held(id)) continue;
    delete doc.meta.tombstones[id];
    add(['meta', 'tombstones', id], `removed the deletion mark of ${label(id)}, which is still in the map (the record is kept)`);
  }
  for (const id of Object.keys(doc.layout)) {
    if (doc.entities[id]) continue;
    delete doc.layout[id];
    add(['layout', id], `removed the canvas position of "${id}", which does not exist`);
  }
  const carriedIds = carriedRecordIds(doc.carried);
  for (const id of Object.keys(doc.meta.stamps)) {
    if (id === SETTINGS_RECORD || held(id) || carriedIds.has(id)) continue;
    delete doc.meta.stamps[id];
    add(['meta', 'stamps', id], `removed the change stamps of "${id}", which does not exist`);
  }
}

import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createDocument } from '../../../shared/commands';
import { checkReferences, serialiseDocument } from '../../../shared/format';
import type { Identity, OpenResult, SaveResult } from '../../../shared/ipc';
import { mergeDocuments } from '../../../shared/merge';
import { formatStamp, makeClock, makeId, tick, type McredDocument, type Person, type Save } from '../../../shared/model';
import { removeStaleTempFiles } from './atomicWrite';
import { hashBytes, loadDocumentFile, saveDocumentFile } from './fileIO';
import { isWritableFile, type WritableProbe } from './writable';

export const MAP_EXTENSION = '.mcred';
/** How often a save re-merges when someone saves again between our merge and our write. */
const MERGE_ATTEMPTS = 4;

/**
 * Opens a map file for editing: the load pipeline, then whether it can be written. A file
 * that cannot be written still opens — read-only, so the user can read it and Save As.
 * Temp files of a save that crashed on this machine are removed.
 */
export async function openDocumentAt(path: string, probe?: WritableProbe): Promise<OpenResult> {
  const loaded = await loadDocumentFile(path);
  if (!loaded.ok) return { ok: false, path, problems: loaded.problems };
  // What a save killed midway left beside the map goes now, not a minute into the next save.
  await removeStaleTempFiles(path);
  const readOnly = !(await isWritableFile(path, probe));
  return {
    ok: true,
    doc: loaded.doc,
    source: { kind: 'file', path, hash: loaded.hash, ...(readOnly ? { readOnly: true } : {}) },
    ...(loaded.migratedFrom ? { migratedFrom: loaded.migratedFrom } : {}),
  };
}

/** A new empty map with default settings, authored by the user (or an anonymous author until they say who they are). */
export function newUntitledDocument(identity: Identity | null, now = Date.now(), random: () => number = secureRandom): McredDocument {
  const author: Person = identity
    ? { id: identity.personId, name: identity.name, role: 'designer', ...(identity.organisation ? { organisation: identity.organisation } : {}) }
    : { id: makeId('person', random), name: 'Unknown author', role: 'designer' };
  const replica = makeId('save', random).slice(3, 11);
  return createDocument({
    id: makeId('map', random),
    settings: {
      title: 'Untitled map',
      creditUnit: 'ects',
      profiles: ['eu-2022'],
      ...(identity?.organisation ? { institution: identity.organisation } : {}),
    },
    author,
    stamp: formatStamp(tick(makeClock(replica), now), author.id),
  });
}

export interface SaveToFileRequest {
  path: string;
  doc: McredDocument;
  /** Hash of the bytes this session loaded or last saved. */
  baseHash: string;
  /** The save record to append when the content changed (stamped by the editor's clock). */
  save?: Save;
  /** The version `doc` was edited from, when the caller has it (the CLI): a sharper merge than the last common save. */
  base?: McredDocument;
}

/**
 * Saves an open map over its own file. If someone else saved the file since `baseHash`,
 * their version is loaded and merged with ours field by field, and the merge is saved:
 * nobody's work is overwritten. A file that was changed into something we cannot read is
 * never overwritten either: the user is told to Save As.
 */
export async function saveOpenDocument(request: SaveToFileRequest): Promise<SaveResult> {
  const { path, baseHash } = request;
  const invalid = documentProblem(request.doc);
  if (invalid) return invalid;
  const unchanged = hashBytes(serialiseDocument(request.doc)) === baseHash;
  if (unchanged && (await currentHash(path)) === baseHash) return { ok: true, path, hash: baseHash };
  const saveRecord = unchanged ? undefined : request.save;
  const ours = saveRecord ? withSaveRecord(request.doc, saveRecord) : request.doc;
  const first = await saveDocumentFile(path, ours, { expectedHash: baseHash });
  if (first.ok) return { ok: true, path, hash: first.hash, ...(saveRecord ? { saveRecord } : {}) };
  if (first.code !== 'changed-on-disk') return { ok: false, code: first.code, message: first.message };

  for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
    const theirs = await loadDocumentFile(path);
    if (!theirs.ok) {
      const why = theirs.problems[0]?.message ?? 'it could not be read';
      return {
        ok: false,
        code: 'changed-on-disk',
        message: `"${basename(path)}" was changed by someone else and their version cannot be read (${why}). Nothing was overwritten; use Save As to keep your changes.`,
      };
    }
    const merge = mergeDocuments(ours, theirs.doc, request.base ? { base: request.base } : {});
    const saved = await saveDocumentFile(path, merge.doc, { expectedHash: theirs.hash });
    if (saved.ok) {
      return {
        ok: true,
        path,
        hash: saved.hash,
        ...(saveRecord ? { saveRecord } : {}),
        merged: { doc: merge.doc, changes: merge.changes.fromB, conflicts: merge.conflicts },
      };
    }
    if (saved.code !== 'changed-on-disk') return { ok: false, code: saved.code, message: saved.message };
  }
  return {
    ok: false,
    code: 'changed-on-disk',
    message: `"${basename(path)}" keeps being changed by someone else while saving. Nothing was overwritten; try Save again in a moment.`,
  };
}

export interface SaveAsRequest {
  path: string;
  doc: McredDocument;
  save?: Save;
  /** Replace an existing file (the user confirmed it). */
  overwrite?: boolean;
}

/** Saves a map to a new place. An existing file is replaced only with `overwrite`. */
export async function saveDocumentAs(request: SaveAsRequest): Promise<SaveResult> {
  const path = withMapExtension(request.path);
  const invalid = documentProblem(request.doc);
  if (invalid) return invalid;
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) return { ok: false, code: 'not-allowed', message: `"${basename(path)}" is a folder; choose a file name.` };
  if (existing && !request.overwrite) {
    return { ok: false, code: 'exists', message: `"${basename(path)}" already exists. Replace it?` };
  }
  const doc = request.save ? withSaveRecord(request.doc, request.save) : request.doc;
  const saved = await saveDocumentFile(path, doc);
  if (!saved.ok) return { ok: false, code: saved.code, message: saved.message };
  return { ok: true, path, hash: saved.hash, ...(request.save ? { saveRecord: request.save } : {}) };
}

/** Adds `.mcred` when the user typed a name without it (and leaves other names alone). */
export function withMapExtension(path: string): string {
  return extname(path).toLowerCase() === MAP_EXTENSION ? path : `${path}${MAP_EXTENSION}`;
}

export function withSaveRecord(doc: McredDocument, save: Save): McredDocument {
  return { ...doc, saves: { ...doc.saves, [save.id]: save } };
}

/** The schema was checked at the IPC boundary; the records must also fit together before they reach disk. */
function documentProblem(doc: McredDocument): SaveResult | undefined {
  const problems = checkReferences(doc);
  if (problems.length === 0) return undefined;
  return { ok: false, code: 'invalid-document', message: `The map was not saved because it is inconsistent: ${problems[0]?.message ?? 'unknown problem'}.` };
}

async function currentHash(path: string): Promise<string | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  return bytes ? hashBytes(bytes) : undefined;
}

function secureRandom(): number {
  return randomBytes(4).readUInt32BE(0) / 2 ** 32;
}

import { parseDocument, serialiseDocument } from '../../shared/format';
import { makeId, type McredDocument, type Stamp } from '../../shared/model';
import { saveOpenDocument, withSaveRecord } from '../services/documents';
import { isIdInUse } from './attribution';
import { fileSide, mergeNoticeLines } from './mergeNotice';
import { errorSummary, type CliIo } from './output';
import { resolveFile, type LoadedMap } from './paths';

/** A saved map, with the lines saying what someone else's save brought in (none when no one saved meanwhile). */
export type EditSaved = { ok: true; notice: string[] } | { ok: false; message: string };

/**
 * Saves a command's edit of a loaded map the way the app saves: a save record appended (so
 * merges find the last common save), the result parsed back before anything is written,
 * then an atomic write keeping FILE.bak. If someone else saved the file since it was read,
 * both are merged field by field (`saveOpenDocument` with the loaded map as base) and never
 * overwritten; `notice` then says what arrived and lists any conflict. Every CLI command that
 * changes a map in place saves through here, so none of them refuses a file changed meanwhile.
 */
export async function saveEdit(io: CliIo, file: string, loaded: LoadedMap, doc: McredDocument, stamp: Stamp): Promise<EditSaved> {
  let id = makeId('save', io.random);
  while (isIdInUse(doc, id)) id = makeId('save', io.random);
  const save = { id, stamp };
  // Never write what could not be read back: a bug here must not cost the user the file.
  const check = parseDocument(serialiseDocument(withSaveRecord(doc, save)));
  if (!check.ok) return { ok: false, message: `the changed map would not load again (${check.problems[0]?.message ?? 'unknown problem'}); ${file} was not changed` };
  const saved = await saveOpenDocument({ path: resolveFile(io, file), doc, baseHash: loaded.hash, base: loaded.doc, save }).catch((e: unknown) => ({
    ok: false as const,
    message: `${file} could not be saved (${errorSummary(e)})`,
  }));
  if (!saved.ok) return saved;
  if (!saved.merged) return { ok: true, notice: [] };
  const theirs = { label: "someone else's save", doc: saved.merged.doc };
  return { ok: true, notice: mergeNoticeLines(`${file} also has someone else's save`, saved.merged, fileSide(file, doc), theirs) };
}

import { saveOpenDocument, withSaveRecord } from '../../services/documents';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import { FORBIDDEN_KEYS, SETTINGS_RECORD, makeId, type McredDocument, type Save, type Stamp } from '../../../shared/model';
import { flagValue } from '../args';
import { StampSource, ensureAuthor, isIdInUse, requiredAuthor } from '../attribution';
import { setField } from '../coerce';
import { fileSide, mergeNoticeLines } from '../mergeNotice';
import { EXIT, errorSummary, writeLines } from '../output';
import { loadForCommand, resolveFile } from '../paths';
import type { CliCommand } from './types';

/** Every save appends a save record, so that two copies can find their last common save when merged. */
function saveRecord(doc: McredDocument, stamp: Stamp, random: () => number): Save {
  let id = makeId('save', random);
  while (isIdInUse(doc, id)) id = makeId('save', random);
  return { id, stamp };
}

export const setCommand: CliCommand = {
  name: 'set',
  summary: 'change one field of an entity (or of the map settings, with ENTITY_ID "map")',
  positionals: ['FILE', 'ENTITY_ID', 'FIELD', 'VALUE'],
  flags: [{ name: '--author', value: 'NAME', help: 'who made the change (default: your name as set in the app, else $USER); added to the people of the map if new' }],
  details: [
    'VALUE "" or null clears the field. Otherwise VALUE is used as text, or else read as',
    'JSON: 12, true, ["online"], {"value":5,"unit":"ects"}.',
    'The file is saved atomically (the previous version is kept as FILE.bak). If someone else',
    'saved it meanwhile, both changes are merged field by field, as the app does, and any',
    'conflict is listed. A refused change leaves the file untouched (exit 2).',
    'Examples:',
    '  mcred set map.mcred sk_abc statement "Analyse sales data with SQL"',
    '  mcred set map.mcred mc_xyz credits \'{"value":5,"unit":"ects"}\' --author "Ada Lovelace"',
    '  mcred set map.mcred map title "Data skills 2026"',
  ],
  async run(args, io) {
    const [file, id, field, raw] = args.positionals as [string, string, string, string];
    if (FORBIDDEN_KEYS.has(field)) {
      io.stderr(`mcred set: "${field}" is not a field of any record\n`);
      return EXIT.failed;
    }
    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const who = requiredAuthor(io, flagValue(args, '--author'));
    if (!who.ok) {
      io.stderr(`mcred set: ${who.message}; ${file} was not changed\n`);
      return EXIT.failed;
    }
    const stamps = new StampSource(loaded.doc, io);
    const author = ensureAuthor(loaded.doc, who.name, stamps, io.random, who.identity);
    if (!author.ok) {
      io.stderr(`mcred set: ${author.message}; ${file} was not changed\n`);
      return EXIT.failed;
    }
    const result = setField(author.doc, id, field, raw, stamps.next(author.person.id));
    if (!result.ok) {
      io.stderr(`mcred set: ${result.refusal.message}; ${file} was not changed\n`);
      return EXIT.failed;
    }
    const target = id === SETTINGS_RECORD ? 'map' : id;
    if (!result.changed) {
      io.stdout(`${file}: ${target}.${field} already has that value; nothing was written\n`);
      return EXIT.ok;
    }
    const save = saveRecord(result.doc, stamps.next(author.person.id), io.random);
    // Never write what could not be read back: a bug here must not cost the user the file.
    const check = parseDocument(serialiseDocument(withSaveRecord(result.doc, save)));
    if (!check.ok) {
      io.stderr(`mcred set: the changed map would not load again (${check.problems[0]?.message ?? 'unknown problem'}); ${file} was not changed\n`);
      return EXIT.failed;
    }
    // Saved as the app saves: if someone else saved the file since it was read, both are merged field by field.
    const saved = await saveOpenDocument({ path: resolveFile(io, file), doc: result.doc, baseHash: loaded.hash, base: loaded.doc, save }).catch((e: unknown) => ({
      ok: false as const,
      message: `${file} could not be saved (${errorSummary(e)})`,
    }));
    if (!saved.ok) {
      io.stderr(`mcred set: ${saved.message}\n`);
      return EXIT.failed;
    }
    const what = result.value === null ? 'cleared' : `= ${JSON.stringify(result.value)}`;
    const by = `${author.person.name}${author.added ? ', added to the people of this map' : ''}`;
    io.stdout(`${file}: ${target}.${field} ${what} (by ${by})\n`);
    if (saved.merged) writeLines(io.stdout, mergeNoticeLines(`${file} also has someone else's save`, saved.merged, fileSide(file, result.doc), { label: "someone else's save", doc: saved.merged.doc }));
    return EXIT.ok;
  },
};

import { FORBIDDEN_KEYS, SETTINGS_RECORD } from '../../../shared/model';
import { flagValue } from '../args';
import { StampSource, ensureAuthor, requiredAuthor } from '../attribution';
import { setField } from '../coerce';
import { EXIT, writeLines } from '../output';
import { loadForCommand } from '../paths';
import { saveEdit } from '../save';
import type { CliCommand } from './types';

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
    // Saved as the app saves: if someone else saved the file since it was read, both are merged field by field.
    const saved = await saveEdit(io, file, loaded, result.doc, stamps.next(author.person.id));
    if (!saved.ok) {
      io.stderr(`mcred set: ${saved.message}\n`);
      return EXIT.failed;
    }
    const what = result.value === null ? 'cleared' : `= ${JSON.stringify(result.value)}`;
    const by = `${author.person.name}${author.added ? ', added to the people of this map' : ''}`;
    io.stdout(`${file}: ${target}.${field} ${what} (by ${by})\n`);
    writeLines(io.stdout, saved.notice);
    return EXIT.ok;
  },
};

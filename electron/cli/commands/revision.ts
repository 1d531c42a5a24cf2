import { applyCommand } from '../../../shared/commands';
import { makeId, personLabel, type IdKind, type McredDocument, type Revision } from '../../../shared/model';
import { flagValue } from '../args';
import { StampSource, defaultAuthorName, ensureAuthor, isIdInUse } from '../attribution';
import { EXIT, formatTable, writeLines, type CliIo, type ExitCode } from '../output';
import { loadForCommand } from '../paths';
import { saveEdit } from '../save';
import type { CliCommand } from './types';

/** A fresh id of `kind`, not used by any record (or deleted record) of the map. */
export function freshId(doc: McredDocument, kind: IdKind, random: () => number): string {
  let id = makeId(kind, random);
  while (isIdInUse(doc, id)) id = makeId(kind, random);
  return id;
}

/** Now, as the ISO date-time records carry (UTC). */
export function isoNow(io: CliIo): string {
  return new Date(io.now()).toISOString();
}

/** Named revisions, oldest first (by date, then id, so the order is stable). */
export function revisionsOldestFirst(doc: McredDocument): Revision[] {
  return Object.values(doc.revisions).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The named revision called `ref` (its id, else its exact name); several with that name is an error. */
export function findRevision(doc: McredDocument, ref: string): { ok: true; revision: Revision } | { ok: false; message: string } {
  const byId = Object.hasOwn(doc.revisions, ref) ? doc.revisions[ref] : undefined;
  if (byId) return { ok: true, revision: byId };
  const named = revisionsOldestFirst(doc).filter((r) => r.name === ref);
  if (named.length === 1) return { ok: true, revision: named[0]! };
  if (named.length > 1) return { ok: false, message: `${named.length} named revisions are called "${ref}" (${named.map((r) => r.id).join(', ')}); give the id of the one you mean` };
  return { ok: false, message: `there is no named revision "${ref}" (by id or name); "mcred revisions FILE" lists them` };
}

const MAX_NAME = 300;

/** `mcred revision FILE --name NAME [--author NAME]`: records a named revision. */
export const revisionCommand: CliCommand = {
  name: 'revision',
  summary: 'record a named revision (a snapshot of the content, e.g. "Sent to faculty review")',
  positionals: ['FILE'],
  flags: [
    { name: '--name', value: 'NAME', help: 'the name of the revision (required)' },
    { name: '--author', value: 'NAME', help: 'who records it (default: $USER); added to the people of the map if new' },
  ],
  details: [
    'Snapshots the settings, entities and links as they are now, under a name, so that a later',
    'export can show every change since then as tracked changes (mcred export --against NAME)',
    'and an approval can pin exactly what was approved. Two revisions may share a name (a',
    'warning says so); refer to such a revision by its id.',
    'The file is saved atomically (the previous version is kept as FILE.bak). If someone else',
    'saved it meanwhile, both changes are merged field by field, as the app does, and any',
    'conflict is listed. A refused change leaves the file untouched (exit 2).',
    'Example:',
    '  mcred revision map.mcred --name "Sent to faculty review" --author "Dr. Maya Chen"',
  ],
  async run(args, io): Promise<ExitCode> {
    const [file] = args.positionals as [string];
    const name = flagValue(args, '--name')?.trim();
    if (!name) {
      io.stderr('mcred revision: --name NAME is required (e.g. --name "Sent to faculty review"); nothing was written\n');
      return EXIT.failed;
    }
    if ([...name].length > MAX_NAME) {
      io.stderr(`mcred revision: --name is longer than ${MAX_NAME} characters; ${file} was not changed\n`);
      return EXIT.failed;
    }
    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const stamps = new StampSource(loaded.doc, io);
    const author = ensureAuthor(loaded.doc, flagValue(args, '--author') ?? defaultAuthorName(io), stamps, io.random);
    if (!author.ok) {
      io.stderr(`mcred revision: ${author.message}; ${file} was not changed\n`);
      return EXIT.failed;
    }
    const same = revisionsOldestFirst(loaded.doc).filter((r) => r.name === name);
    const id = freshId(author.doc, 'revision', io.random);
    const result = applyCommand(author.doc, { name: 'revision.create', payload: { id, name, at: isoNow(io), author: author.person.id } }, { stamp: stamps.next(author.person.id) });
    if (!result.ok) {
      io.stderr(`mcred revision: ${result.refusal.message}; ${file} was not changed\n`);
      return EXIT.failed;
    }
    const saved = await saveEdit(io, file, loaded, result.doc, stamps.next(author.person.id));
    if (!saved.ok) {
      io.stderr(`mcred revision: ${saved.message}\n`);
      return EXIT.failed;
    }
    for (const r of same) io.stderr(`mcred revision: warning: a revision named "${name}" already exists (${r.id}); both are kept\n`);
    const who = `${author.person.name}${author.added ? ', added to the people of this map' : ''}`;
    io.stdout(`${file}: named revision ${id} "${name}" recorded (by ${who})\n`);
    writeLines(io.stdout, saved.notice);
    return EXIT.ok;
  },
};

/** `mcred revisions FILE [--json]`: lists the named revisions, oldest first. */
export const revisionsCommand: CliCommand = {
  name: 'revisions',
  summary: 'list the named revisions of a map, oldest first',
  positionals: ['FILE'],
  flags: [{ name: '--json', help: 'print { revisions: [{ id, name, author, at }] } as JSON' }],
  details: ['One line per named revision: id, name, who recorded it and when (ISO date-time).', 'Exit code 0, or 2 when the map could not be loaded.'],
  async run(args, io): Promise<ExitCode> {
    const [file] = args.positionals as [string];
    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    const { doc } = loaded;
    const revisions = revisionsOldestFirst(doc).map((r) => ({ id: r.id, name: r.name, author: personLabel(doc.people, r.author), at: r.at }));
    if (args.flags.has('--json')) {
      io.stdout(JSON.stringify({ revisions }, null, 2) + '\n');
      return EXIT.ok;
    }
    if (!revisions.length) {
      io.stdout('No named revisions.\n');
      return EXIT.ok;
    }
    const rows = [['ID', 'NAME', 'AUTHOR', 'DATE'], ...revisions.map((r) => [r.id, r.name, r.author, r.at])];
    writeLines(io.stdout, formatTable(rows, ['left', 'left', 'left', 'left']));
    return EXIT.ok;
  },
};

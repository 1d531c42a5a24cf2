import { readFile, stat } from 'node:fs/promises';
import { applyCommand } from '../../../shared/commands';
import {
  IMPORT_FORMATS,
  MAPPABLE_FIELDS,
  buildImportPayload,
  decodeText,
  detectFormat,
  importSizeProblem,
  parseImport,
  planImport,
  type ImportFormat,
} from '../../../shared/import';
import { flagValue, parseColumnMap } from '../args';
import { StampSource, defaultAuthorName, ensureAuthor } from '../attribution';
import { EXIT, MAX_HUMAN_PROBLEMS, errorSummary, writeLines, type CliIo } from '../output';
import { loadForCommand, resolveFile } from '../paths';
import { saveEdit } from '../save';
import { checkUpdates } from './importUpdates';
import type { CliCommand } from './types';

const fail = (io: CliIo, message: string) => (io.stderr(`mcred import: ${message}\n`), EXIT.failed);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'add skills from an ESCO, O*NET, CASE or CSV/spreadsheet file to a map, as one change',
  positionals: ['FILE', 'SOURCE'],
  flags: [
    { name: '--format', value: 'esco|onet|case|csv', help: 'the format of SOURCE (default: detected from its header or JSON shape)' },
    { name: '--map', value: 'LIST', help: 'csv column mapping as FIELD=COLUMN pairs joined by commas, e.g. statement=Title,uri=Link (given once; fields: statement, description, code, uri, framework, skillType, importance, group)' },
    { name: '--select', value: 'TEXT', help: 'import only skills whose label, code, group or other names contain TEXT' },
    { name: '--occupation', value: 'CODE', help: 'O*NET: only this occupation (O*NET-SOC code, e.g. 15-1252.00); default all, averaged' },
    { name: '--on-error', value: 'skip|stop', help: 'malformed rows: stop without changing FILE (default), or skip them and list them' },
    { name: '--on-duplicate', value: 'merge|skip', help: 'skills already in the map: fill their empty fields (default) or leave them alone' },
    { name: '--author', value: 'NAME', help: 'who made the change (default: $USER); added to the people of the map if new' },
    { name: '--release', value: 'NAME', help: 'the framework release SOURCE is, e.g. "ESCO v1.2.0", stored on the skills (default: read from a CASE package or the file name)' },
    { name: '--check-updates', help: 'import nothing: report what SOURCE, a newer release, changes in skills already in the map (by URI or code) and the outcomes and credentials each reaches' },
    { name: '--full-release', help: 'with --check-updates: SOURCE is the whole framework, so skills it lacks were removed (a CASE package always is)' },
    { name: '--apply', help: 'with --check-updates: flag the updates on the skills as one change, to accept or dismiss in the app' },
    { name: '--json', help: 'print the result as JSON' },
  ],
  details: [
    'SOURCE (32 MB at most) is read as UTF-8 or UTF-16 (Excel "Unicode text"), with or without',
    'BOM, comma, semicolon or tab separated. Skills already in the map (same source URI, same',
    'framework + code, or the same label ignoring case and punctuation) are merged or skipped;',
    'rows repeating an earlier row of SOURCE are skipped. New skills go to the skill column,',
    'below the skills already there. The whole import is one change (one undo in the app),',
    'saved atomically (FILE.bak keeps the previous version); if someone else saved FILE',
    'meanwhile, both are merged field by field, as the app does, and any conflict is listed.',
    'Malformed rows are reported as SOURCE:LINE; exit 2 leaves FILE untouched.',
    'Examples:',
    '  mcred import map.mcred skills_en.csv --format esco --select "data"',
    '  mcred import map.mcred Skills.txt --format onet --occupation 15-1252.00',
    '  mcred import map.mcred employer.csv --format csv --map statement=Skill,group=Area --on-error skip',
    '  mcred import map.mcred skills_en.csv --release "ESCO v1.2.0" --check-updates --full-release --apply',
  ],
  async run(args, io) {
    const [file, source] = args.positionals as [string, string];
    const json = args.flags.get('--json') === true;
    const formatFlag = flagValue(args, '--format');
    if (formatFlag !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(formatFlag)) return fail(io, `--format must be one of ${IMPORT_FORMATS.join(', ')}`);
    const onError = flagValue(args, '--on-error') ?? 'stop';
    if (onError !== 'skip' && onError !== 'stop') return fail(io, '--on-error must be skip or stop');
    const onDuplicate = flagValue(args, '--on-duplicate') ?? 'merge';
    if (onDuplicate !== 'merge' && onDuplicate !== 'skip') return fail(io, '--on-duplicate must be merge or skip');
    const checking = args.flags.get('--check-updates') === true;
    for (const f of ['--apply', '--full-release']) if (args.flags.get(f) === true && !checking) return fail(io, `${f} needs --check-updates`);
    const mapFlag = flagValue(args, '--map');
    const mapping = mapFlag === undefined ? undefined : parseColumnMap(mapFlag, MAPPABLE_FIELDS);
    if (mapping && 'error' in mapping) return fail(io, mapping.error);

    const loaded = await loadForCommand(io, file);
    if (!loaded) return EXIT.failed;
    // The size first: a huge file is refused before any of it is read.
    const info = await stat(resolveFile(io, source)).catch((e: unknown) => new Error(errorSummary(e)));
    if (info instanceof Error) return fail(io, `${source} could not be read (${info.message}); ${file} was not changed`);
    if (!info.isFile()) return fail(io, `${source} is not a file; ${file} was not changed`);
    const tooLarge = importSizeProblem(info.size);
    if (tooLarge) return fail(io, `${source}: ${tooLarge}; ${file} was not changed`);
    const bytes = await readFile(resolveFile(io, source)).catch((e: unknown) => new Error(errorSummary(e)));
    if (bytes instanceof Error) return fail(io, `${source} could not be read (${bytes.message}); ${file} was not changed`);
    const text = decodeText(bytes).text;
    const format = (formatFlag as ImportFormat | undefined) ?? detectFormat(text);
    if (!format) return fail(io, `${source}: the format could not be recognised; choose one with --format; ${file} was not changed`);
    const occupation = flagValue(args, '--occupation');
    const release = flagValue(args, '--release');
    const today = new Date(io.now()).toISOString().slice(0, 10);
    const parsed = parseImport(text, format, { ...(mapping ? { mapping } : {}), ...(occupation ? { occupation } : {}), ...(release ? { release } : {}), sourceName: source, today });
    if (!parsed.ok) return fail(io, `${source}: ${parsed.message}; ${file} was not changed`);
    const malformed = parsed.problems.map((p) => `${source}:${p.line}: ${p.message}`);
    if (parsed.problems.length && onError === 'stop') {
      writeLines(io.stderr, malformed.slice(0, MAX_HUMAN_PROBLEMS));
      if (malformed.length > MAX_HUMAN_PROBLEMS) io.stderr(`… and ${malformed.length - MAX_HUMAN_PROBLEMS} more\n`);
      return fail(io, `${plural(parsed.problems.length, 'malformed row')} in ${source}; nothing was imported and ${file} was not changed (--on-error skip imports the other rows)`);
    }

    if (checking) {
      const apply = args.flags.get('--apply') === true;
      const stamps = new StampSource(loaded.doc, io);
      // An author only when something is written: a report reads the map and nothing else.
      const author = apply ? ensureAuthor(loaded.doc, flagValue(args, '--author') ?? defaultAuthorName(io), stamps, io.random) : undefined;
      if (author && !author.ok) return fail(io, `${author.message}; ${file} was not changed`);
      const doc = author?.ok ? author.doc : loaded.doc;
      const complete = format === 'case' || args.flags.get('--full-release') === true;
      return checkUpdates(io, { file, source, format, skills: parsed.skills, release: parsed.release, complete, apply, json, doc, loaded, stamps, personId: author?.ok ? author.person.id : '' });
    }

    const select = flagValue(args, '--select');
    const plan = planImport(loaded.doc, parsed.skills, { ...(select !== undefined ? { select } : {}), onDuplicate });
    const stamps = new StampSource(loaded.doc, io);
    const author = ensureAuthor(loaded.doc, flagValue(args, '--author') ?? defaultAuthorName(io), stamps, io.random);
    if (!author.ok) return fail(io, `${author.message}; ${file} was not changed`);
    const payload = buildImportPayload(author.doc, plan, io.random);
    const result = applyCommand(author.doc, { name: 'skill.import', payload }, { stamp: stamps.next(author.person.id) });
    if (!result.ok) return fail(io, `${result.refusal.message}; ${file} was not changed`);
    const counts = {
      added: payload.creates.length,
      merged: payload.merges.length,
      skipped: plan.duplicates.length - payload.merges.length + plan.repeated.length,
      notSelected: plan.unselected,
      malformedSkipped: parsed.problems.length,
    };
    const written = result.patches.length > 0;
    let notice: string[] = [];
    if (written) {
      const saved = await saveEdit(io, file, loaded, result.doc, stamps.next(author.person.id));
      if (!saved.ok) return fail(io, saved.message);
      notice = saved.notice;
    }
    if (json) {
      // stdout is the JSON alone: what someone else's save brought in goes to stderr.
      writeLines(io.stderr, notice);
      const problems = parsed.problems;
      io.stdout(`${JSON.stringify({ file, source, format, written, ...counts, problems, ids: payload.creates.map((c) => c.skill.id) }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (parsed.problems.length) writeLines(io.stderr, [`skipped ${plural(parsed.problems.length, 'malformed row')}:`, ...malformed]);
    const extra = [counts.notSelected ? `${counts.notSelected} not selected` : '', written ? '' : 'nothing was written'].filter(Boolean);
    io.stdout(`${file}: added ${counts.added}, merged ${counts.merged}, skipped ${counts.skipped} from ${source} (${format})${extra.length ? `; ${extra.join('; ')}` : ''}\n`);
    writeLines(io.stdout, notice);
    return EXIT.ok;
  },
};

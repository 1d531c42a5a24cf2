import { serialiseDocument } from '../../../shared/format';
import { mergeDocuments } from '../../../shared/merge';
import type { McredDocument } from '../../../shared/model';
import { loadDocumentFile, writeFileAtomic } from '../../services/documents';
import { flagValue } from '../args';
import { EXIT, problemLines, writeLines, type CliIo, type ExitCode } from '../output';
import { fileSide, mergeNoticeLines } from '../mergeNotice';
import { resolveFile } from '../paths';
import type { CliCommand } from './types';

async function loadOrReport(io: CliIo, file: string): Promise<McredDocument | undefined> {
  const loaded = await loadDocumentFile(resolveFile(io, file));
  if (loaded.ok) return loaded.doc;
  io.stderr(`mcred merge: ${file} could not be read; nothing was written\n`);
  writeLines(io.stderr, problemLines(file, loaded.problems));
  return undefined;
}

/** `mcred merge FILE OTHER [--base BASE] --out OUT [--json]`: combines a conflicted copy. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: "merge another copy of a map (e.g. a sync service's conflicted copy) into it",
  positionals: ['FILE', 'OTHER'],
  flags: [
    { name: '--base', value: 'BASE', help: 'the version both copies started from (sharper conflict detection)' },
    { name: '--out', value: 'OUT', help: 'where to write the merged map (required; may be FILE itself)' },
    { name: '--json', help: 'print { changes, conflicts } as JSON' },
  ],
  details: [
    'Field by field: changes to different fields or records combine; a field both copies',
    'changed differently is a conflict — the later change wins and both values are listed.',
    'Deleted records never come back. Exit code 0 when merged (conflicts are listed), 2 when',
    'an input could not be read or the result could not be written.',
  ],
  async run(args, io): Promise<ExitCode> {
    const [file, other] = args.positionals as [string, string];
    const out = flagValue(args, '--out');
    if (!out) {
      io.stderr('mcred merge: --out OUT is required (it may name FILE itself)\n');
      return EXIT.failed;
    }
    const a = await loadOrReport(io, file);
    const b = a && (await loadOrReport(io, other));
    const basePath = flagValue(args, '--base');
    const base = basePath === undefined ? undefined : b && (await loadOrReport(io, basePath));
    if (!a || !b || (basePath !== undefined && !base)) return EXIT.failed;

    const result = mergeDocuments(a, b, base ? { base } : {});
    try {
      await writeFileAtomic(resolveFile(io, out), new TextEncoder().encode(serialiseDocument(result.doc)), { backup: true });
    } catch (e) {
      io.stderr(`mcred merge: ${(e as Error).message}\n`);
      return EXIT.failed;
    }
    if (args.flags.has('--json')) {
      io.stdout(JSON.stringify({ out, changes: result.changes, conflicts: result.conflicts }, null, 2) + '\n');
      return EXIT.ok;
    }
    const lines = mergeNoticeLines(out, { changes: result.changes.fromB, conflicts: result.conflicts }, fileSide(file, a), fileSide(other, b));
    writeLines(io.stdout, lines);
    return EXIT.ok;
  },
};

import { serialiseDocument } from '../../../shared/format';
import { repairDocumentFile, writeFileAtomic } from '../../services/documents';
import { EXIT, problemLines, writeLines, type ExitCode } from '../output';
import { flagValue } from '../args';
import { resolveFile } from '../paths';
import type { CliCommand } from './types';

/** `mcred repair FILE --out OUT [--json]`: the command-line "Repair and open". */
export const repairCommand: CliCommand = {
  name: 'repair',
  summary: 'mend a damaged map (orphan stamps, dangling links, keys written twice, …) into a new file',
  positionals: ['FILE'],
  flags: [
    { name: '--out', value: 'OUT', help: 'where to write the repaired map (required; if it is FILE, the original is kept as FILE.bak)' },
    { name: '--json', help: 'print { file, out, repaired, repairs, problems } as JSON' },
  ],
  details: [
    'Drops what hand edits and bad merges leave behind: change stamps, deletion marks and',
    'canvas positions of records that are not there, links whose ends are missing, the',
    'earlier value of a key written twice, fields this version does not know, empty texts.',
    'Lists every change. Never drops an entity, a comment or an endorsement: a file that only',
    'that would mend is not repaired. FILE itself is not changed unless OUT names it.',
    'Exit code 0 when repaired (or nothing needed repair), 2 when the file cannot be repaired.',
  ],
  async run(args, io): Promise<ExitCode> {
    const file = args.positionals[0]!;
    const out = flagValue(args, '--out');
    if (!out) {
      io.stderr('mcred repair: --out OUT is required (it may name FILE itself; the original is then kept as FILE.bak)\n');
      return EXIT.failed;
    }
    const json = args.flags.has('--json');
    const result = await repairDocumentFile(resolveFile(io, file));
    if (!result.ok) {
      if (json) io.stdout(JSON.stringify({ file, repaired: false, problems: result.problems }, null, 2) + '\n');
      else {
        io.stderr(`mcred repair: ${file} cannot be repaired without losing what someone wrote, or is not a readable map; nothing was written\n`);
        writeLines(io.stderr, problemLines(file, result.problems));
      }
      return EXIT.failed;
    }
    try {
      await writeFileAtomic(resolveFile(io, out), new TextEncoder().encode(serialiseDocument(result.doc)), { backup: true });
    } catch (e) {
      io.stderr(`mcred repair: ${(e as Error).message}\n`);
      return EXIT.failed;
    }
    const { repairs } = result;
    if (json) io.stdout(JSON.stringify({ file, out, repaired: true, repairs, problems: [] }, null, 2) + '\n');
    else {
      const n = repairs.length;
      io.stdout(n === 0 ? `${file}: nothing needed repair; written to ${out}\n` : `${file}: ${n} repair${n === 1 ? '' : 's'}, written to ${out}\n`);
      writeLines(io.stdout, repairs.map((r) => `${file}${r.line === undefined ? '' : `:${r.line}`}: ${r.path}: ${r.message}`));
    }
    return EXIT.ok;
  },
};

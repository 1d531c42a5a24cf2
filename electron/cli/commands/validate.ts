import { loadDocumentFile } from '../../services/documents';
import type { LoadProblem } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { EXIT, problemLines, writeLines, type CliIo, type ExitCode } from '../output';
import { resolveFile } from '../paths';
import type { CliCommand } from './types';

/**
 * A check run on a map that loaded. The seam for readiness findings (`--profile`): each
 * check returns problems in the same shape as load problems, so output and exit codes
 * need no change when checks are added.
 */
export type MapCheck = (doc: McredDocument) => LoadProblem[];

export interface ValidationReport {
  /** The file as the user named it. */
  file: string;
  valid: boolean;
  /** True when the file parsed and matched the schema (its problems are about how records fit together). */
  readable: boolean;
  problems: LoadProblem[];
  /** The older format the file was written in; it is upgraded when next saved. */
  migratedFrom?: number;
}

/** Loads `file` and runs `checks` on it; never throws for anything wrong with the file. */
export async function validateFile(io: CliIo, file: string, checks: readonly MapCheck[] = []): Promise<ValidationReport> {
  const loaded = await loadDocumentFile(resolveFile(io, file));
  if (!loaded.ok) return { file, valid: false, readable: loaded.readable, problems: loaded.problems };
  const problems = checks.flatMap((check) => check(loaded.doc));
  const migrated = loaded.migratedFrom === undefined ? {} : { migratedFrom: loaded.migratedFrom };
  return { file, valid: problems.length === 0, readable: true, problems, ...migrated };
}

/** 0 valid, 1 readable with problems, 2 unreadable or invalid. */
export function validationExitCode(report: ValidationReport): ExitCode {
  if (report.valid) return EXIT.ok;
  return report.readable ? EXIT.problems : EXIT.failed;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check that a map file loads, and say what is wrong with it if not',
  positionals: ['FILE'],
  flags: [{ name: '--json', help: 'print { file, valid, readable, problems } as JSON' }],
  details: [
    'Prints one line per problem: FILE:LINE:COLUMN: where: what.',
    'Exit code 0: valid. 1: the file reads, but its records do not fit together',
    '(e.g. a link to a missing entity). 2: unreadable, not a map, or invalid.',
  ],
  async run(args, io) {
    const file = args.positionals[0]!;
    const report = await validateFile(io, file);
    if (args.flags.has('--json')) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else if (report.valid) io.stdout(`${file}: valid${report.migratedFrom ? ` (file format ${report.migratedFrom}; upgraded when next saved)` : ''}\n`);
    else writeLines(io.stdout, problemLines(file, report.problems));
    return validationExitCode(report);
  },
};

import { loadDocumentFile } from '../../services/documents';
import type { LoadProblem, Repair } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import type { AnalysisResult } from '../../../shared/analysis';
import type { ProfileId } from '../../../shared/model';
import { flagValue } from '../args';
import { EXIT, problemLines, writeLines, type CliIo, type ExitCode } from '../output';
import { checkReadiness, parseProfiles, readinessJson, readinessLines } from '../readiness';
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
  /** Problems found beyond those listed (the loader stops listing after a few hundred). */
  more?: number;
  /** True when `mcred repair` can mend every problem; `repairs` says what it would change. */
  repairable: boolean;
  repairs?: Repair[];
  /** The older format the file was written in; it is upgraded when next saved. */
  migratedFrom?: number;
  /** A newer app's file: its format version and how many keys it added that are kept unchanged. */
  newer?: { schemaVersion: number; carriedFields: number };
  /** Readiness findings, when the file loaded. */
  readiness?: AnalysisResult;
}

/** Loads `file` and runs `checks` on it; never throws for anything wrong with the file. */
export async function validateFile(io: CliIo, file: string, checks: readonly MapCheck[] = [], profiles?: readonly ProfileId[]): Promise<ValidationReport> {
  const loaded = await loadDocumentFile(resolveFile(io, file));
  if (!loaded.ok) {
    const { problems, readable, more, repairs } = loaded;
    return { file, valid: false, readable, problems, ...(more ? { more } : {}), repairable: !!repairs, ...(repairs ? { repairs } : {}) };
  }
  const problems = checks.flatMap((check) => check(loaded.doc));
  const migrated = loaded.migratedFrom === undefined ? {} : { migratedFrom: loaded.migratedFrom };
  const carried = loaded.doc.carried;
  const newer = carried ? { newer: { schemaVersion: carried.schemaVersion, carriedFields: carried.fields.length } } : {};
  const readiness = checkReadiness(loaded.doc, profiles);
  return { file, valid: problems.length === 0 && readiness.counts.error === 0, readable: true, problems, repairable: false, readiness, ...migrated, ...newer };
}

function formatNote(report: ValidationReport): string {
  if (report.migratedFrom) return ` (file format ${report.migratedFrom}; upgraded when next saved)`;
  if (report.newer) {
    const n = report.newer.carriedFields;
    return ` (file format ${report.newer.schemaVersion} from a newer app; ${n} field${n === 1 ? '' : 's'} this version does not know ${n === 1 ? 'is' : 'are'} kept unchanged when saved)`;
  }
  return '';
}

/** 0 valid, 1 readable with problems (or readiness errors), 2 unreadable or invalid. */
export function validationExitCode(report: ValidationReport): ExitCode {
  if (report.valid) return EXIT.ok;
  return report.readable ? EXIT.problems : EXIT.failed;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check that a map file loads, and say what is wrong with it if not',
  positionals: ['FILE'],
  flags: [
    { name: '--profile', value: 'LIST', help: 'readiness profiles to check, comma-separated: eu-2022, unesco-2022, nzqa, au-nmf, us-credit-hours, house (default: those enabled in the map)' },
    { name: '--json', help: 'print { file, valid, readable, problems, more, repairable, repairs, readiness } as JSON' },
  ],
  details: [
    'Loads the map, then checks its readiness against the accreditation profiles.',
    'Prints one line per problem (FILE:LINE:COLUMN: where: what) and per finding',
    '(severity, rule, target, message, suggested fix), then the readiness score.',
    'Exit code 0: valid with no readiness errors. 1: the file reads, but its records do not',
    'fit together or readiness errors remain. 2: unreadable, not a map, or invalid.',
    'A damaged file that "mcred repair" can mend says so, with what the repair would change.',
  ],
  async run(args, io) {
    const file = args.positionals[0]!;
    const profileText = flagValue(args, '--profile');
    const profiles = profileText === undefined ? undefined : parseProfiles(profileText);
    if (profiles && 'error' in profiles) {
      io.stderr(`mcred validate: ${profiles.error}\n`);
      return EXIT.failed;
    }
    const report = await validateFile(io, file, [], profiles?.profiles);
    if (args.flags.has('--json')) {
      const { readiness, ...rest } = report;
      io.stdout(JSON.stringify({ ...rest, ...(readiness ? { readiness: readinessJson(readiness) } : {}) }, null, 2) + '\n');
    } else {
      if (!report.readiness) {
        writeLines(io.stdout, problemLines(file, report.problems, report.more));
        if (report.repairs) {
          const n = report.repairs.length;
          io.stdout(`${file}: can be repaired (${n} change${n === 1 ? '' : 's'}): "mcred repair ${file} --out REPAIRED.mcred" makes and lists them\n`);
        }
      } else {
        if (report.problems.length) writeLines(io.stdout, problemLines(file, report.problems));
        else io.stdout(`${file}: valid${formatNote(report)}\n`);
        writeLines(io.stdout, readinessLines(file, report.readiness));
      }
    }
    return validationExitCode(report);
  },
};

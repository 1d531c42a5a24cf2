import type { McredDocument } from '../model';

/**
 * What can be wrong with a file, as values: each problem has a code, a human message and,
 * where it applies, the JSON path and line it concerns.
 */
export type LoadErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'not-utf8'
  | 'syntax'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-mcred'
  | 'newer-version'
  | 'bad-version'
  | 'migration-failed'
  | 'schema'
  | 'reference';

export interface LoadProblem {
  code: LoadErrorCode;
  message: string;
  /** JSON path such as `entities.sk_1.statement`. */
  path?: string;
  line?: number;
  column?: number;
}

export type LoadResult =
  | { ok: true; doc: McredDocument; migratedFrom?: number }
  | {
      ok: false;
      problems: LoadProblem[];
      /** True when the file parsed and matched the schema but its records do not fit together. */
      readable: boolean;
    };

/** The largest file we read: a 10k-entity map is about 10 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function failure(problems: LoadProblem[], readable = false): LoadResult {
  return { ok: false, problems, readable };
}

/** One human line: `where: what`. */
export function describeProblem(p: LoadProblem): string {
  const at = [p.path, p.line !== undefined ? `line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}` : undefined]
    .filter(Boolean)
    .join(', ');
  return at ? `${at}: ${p.message}` : p.message;
}

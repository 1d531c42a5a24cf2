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
  | 'too-slow'
  | 'empty'
  | 'not-utf8'
  | 'syntax'
  | 'duplicate-key'
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

/** One change "Repair and open" makes to a damaged file, in words, with where it is. */
export interface Repair {
  /** JSON path such as `links.ln_2` or `meta.stamps.ln_2`. */
  path: string;
  message: string;
  line?: number;
}

export type LoadResult =
  | { ok: true; doc: McredDocument; migratedFrom?: number }
  | {
      ok: false;
      /** The first problems found (at most a few hundred). */
      problems: LoadProblem[];
      /** True when the file parsed and matched the schema but its records do not fit together. */
      readable: boolean;
      /** Further problems of the same stage, not listed: at least this many (a record past the cap counts once). */
      more?: number;
      /** Present when every problem can be repaired: what the repair would change. */
      repairs?: Repair[];
    };

/** The largest file we read: a 10k-entity map is about 10 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function failure(problems: LoadProblem[], readable = false, more = 0): LoadResult & { ok: false } {
  return { ok: false, problems, readable, ...(more > 0 ? { more } : {}) };
}

/** "and at least 494,812 more problems", or nothing (past the cap, a record's further problems are not counted). */
export function moreProblems(more: number | undefined): string | undefined {
  if (!more) return undefined;
  return `and at least ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} not listed`;
}

/** One human line: `where: what`. */
export function describeProblem(p: LoadProblem): string {
  const at = [p.path, p.line !== undefined ? `line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}` : undefined]
    .filter(Boolean)
    .join(', ');
  return at ? `${at}: ${p.message}` : p.message;
}

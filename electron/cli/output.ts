import type { LoadProblem } from '../../shared/format';

/**
 * What a command may touch of the outside world. `bin/mcred.js` passes the real process;
 * tests pass buffers, a fixed clock and seeded randomness, and call the same code path.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder relative FILE arguments are resolved against. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Wall-clock milliseconds, for change stamps. */
  readonly now: () => number;
  /** Uniform in [0, 1), for new ids and the replica id. */
  readonly random: () => number;
  /** Whether stderr is a terminal, so long commands may draw a progress bar on it. */
  readonly progress?: boolean;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The file was read, but has problems (validate only). */
  problems: 1,
  /** Unreadable or invalid input, refused change, bad usage, or any failure. */
  failed: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Human output is capped so that a badly broken file does not flood the terminal. */
export const MAX_HUMAN_PROBLEMS = 20;

/** `FILE:LINE:COLUMN: where: what` (compiler style, so editors can jump to it); parts left out when unknown. */
export function problemLine(file: string, p: LoadProblem): string {
  const place = p.line === undefined ? file : `${file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  const where = p.path ? `${p.path}: ` : '';
  return `${place}: ${where}${p.message}`;
}

/**
 * Problem lines, at most MAX_HUMAN_PROBLEMS, with a note on how many more there are:
 * `unlisted` counts those the loader found but did not list (it stops after a few hundred).
 */
export function problemLines(file: string, problems: readonly LoadProblem[], unlisted = 0): string[] {
  const lines = problems.slice(0, MAX_HUMAN_PROBLEMS).map((p) => problemLine(file, p));
  const hidden = Math.max(0, problems.length - MAX_HUMAN_PROBLEMS);
  const more = hidden + unlisted;
  if (more > 0) {
    const where = unlisted === 0 ? ' (--json lists them all)' : hidden > 0 ? ` (--json lists ${problems.length})` : '';
    lines.push(`${file}: … and ${unlisted ? 'at least ' : ''}${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'}${where}`);
  }
  return lines;
}

export type Align = 'left' | 'right';

/** Pads cells into aligned columns, two spaces apart; trailing spaces trimmed. */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Writes `lines` as text with a newline after each. */
export function writeLines(write: (text: string) => void, lines: readonly string[]): void {
  if (lines.length) write(lines.join('\n') + '\n');
}

/** The first line of an unexpected error's message: never a stack trace. */
export function errorSummary(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'unknown error';
}

import { listWords } from './describe';
import { MERGE_AUTHOR } from './normalise';
import type { ChangeSummary, Conflict } from './types';

/** How many change lines a notice shows before "…and N more". */
const MAX_DETAILS = 12;

/**
 * What a merge brought in, worded once for every place that reports one: `mcred merge`, a
 * CLI save that merged someone else's save, and in the app the live sync, a save that
 * merged, and Merge Another Copy. So the same merge gives the same counts everywhere.
 */
export interface MergeNotice {
  /** Changes people made that came in. Records the merge itself removed are listed, not counted. */
  readonly count: number;
  /** Who made them: "Ana Lopez", "Ana Lopez and Ben Okafor", "Ana Lopez, Ben Okafor and others"; "another copy" for no one. */
  readonly who: string;
  readonly conflicts: number;
  /** "Merged 4 changes from Ana Lopez" (no full stop: callers add where from); undefined when no one's change came in. */
  readonly headline: string | undefined;
  /** "2 conflicts need your review (the later change was kept)."; undefined without conflicts. */
  readonly conflictLine: string | undefined;
  /** Every change as a line, the merge's own removals included. */
  readonly lines: readonly string[];
  /** The first dozen lines, then "…and N more." — for a notice on screen. */
  readonly shortLines: readonly string[];
}

export function mergeNotice(changes: readonly ChangeSummary[], conflicts: readonly Conflict[]): MergeNotice {
  const counted = changes.filter((c) => c.author !== MERGE_AUTHOR);
  const names = [...new Set(counted.map((c) => c.authorName))];
  const who = names.length === 0 ? 'another copy' : names.length <= 2 ? listWords(names) : `${names.slice(0, 2).join(', ')} and others`;
  const count = counted.length;
  const k = conflicts.length;
  const lines = changes.map((c) => c.text);
  const shortLines = lines.length > MAX_DETAILS ? [...lines.slice(0, MAX_DETAILS), `…and ${lines.length - MAX_DETAILS} more.`] : lines;
  return {
    count,
    who,
    conflicts: k,
    headline: count ? `Merged ${count} ${count === 1 ? 'change' : 'changes'} from ${who}` : undefined,
    conflictLine: k ? `${k} ${k === 1 ? 'conflict needs' : 'conflicts need'} your review (the later change was kept).` : undefined,
    lines,
    shortLines,
  };
}

import { basename } from 'node:path';
import { mergeNotice, type ChangeSummary, type Conflict } from '../../shared/merge';
import { personLabel, type McredDocument } from '../../shared/model';

/** One side of a merge as the CLI names it: a file, or "someone else's save". */
export interface MergeSide {
  label: string;
  doc: McredDocument;
}

function describeSide(c: Conflict, which: 'ours' | 'theirs', side: MergeSide): string {
  const s = c[which];
  const who = s.author ? personLabel(side.doc.people, s.author) : 'unknown';
  const what = s.deleted ? 'deleted it' : s.value === undefined ? 'cleared it' : JSON.stringify(s.value).slice(0, 120);
  return `${side.label}: ${what} (${who}${s.at ? `, ${s.at}` : ''})`;
}

/**
 * What a merge brought in and where both sides changed the same field, as lines for the
 * terminal: the notice the app shows too (`mergeNotice`), one line per change, then each conflict
 * with both values and the one kept. Used by `mcred merge` and by commands whose save
 * merged someone else's save of the same file.
 */
export function mergeNoticeLines(
  heading: string,
  merge: { changes: readonly ChangeSummary[]; conflicts: readonly Conflict[] },
  ours: MergeSide,
  theirs: MergeSide,
): string[] {
  const notice = mergeNotice(merge.changes, merge.conflicts);
  const lines = [`${heading}: ${notice.headline ?? `nothing new from ${theirs.label}`}`, ...notice.lines.map((line) => `  ${line}`)];
  if (merge.conflicts.length) {
    lines.push(`${merge.conflicts.length} conflict${merge.conflicts.length === 1 ? '' : 's'} (the later change was kept):`);
    for (const c of merge.conflicts) {
      const label = `${c.kind} ${c.recordId}${c.field ? `.${c.field}` : ''}`;
      lines.push(`  ${c.type}: ${label}`, `    ${describeSide(c, 'ours', ours)}`, `    ${describeSide(c, 'theirs', theirs)}`, `    kept: ${c.winner === 'ours' ? ours.label : theirs.label}`);
    }
  }
  return lines;
}

/** A file's name as a merge side. */
export const fileSide = (file: string, doc: McredDocument): MergeSide => ({ label: basename(file), doc });

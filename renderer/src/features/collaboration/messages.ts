import type { PresenceInfo } from '../../../../shared/ipc';
import type { ChangeSummary, Conflict } from '../../../../shared/merge';

const MAX_DETAILS = 12;

/** "Ana Lopez", "Ana Lopez and Ben Okafor", "Ana Lopez, Ben Okafor and others". */
export function whoMadeThem(changes: readonly ChangeSummary[]): string {
  const names = [...new Set(changes.map((c) => c.authorName))];
  if (names.length === 0) return 'another copy';
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and others`;
}

/**
 * The notice after someone else's save was merged into the open map while it was open:
 * "Merged 4 changes from Ana Lopez." with one line per change, and the conflicts counted.
 * Undefined when their save brought nothing new (e.g. they saved what we already had).
 */
export function describeIncoming(changes: readonly ChangeSummary[], conflicts: readonly Conflict[]): { text: string; details: string[] } | undefined {
  if (changes.length === 0 && conflicts.length === 0) return undefined;
  const n = changes.length;
  let text = n === 0 ? 'Someone else saved this map.' : `Merged ${n} ${n === 1 ? 'change' : 'changes'} from ${whoMadeThem(changes)}.`;
  if (conflicts.length) text += ` ${conflicts.length} ${conflicts.length === 1 ? 'conflict needs' : 'conflicts need'} your review.`;
  return { text, details: changeLines(changes) };
}

/** One line per change, the first dozen, then how many more. */
export function changeLines(changes: readonly ChangeSummary[]): string[] {
  const lines = changes.slice(0, MAX_DETAILS).map((c) => c.text);
  if (changes.length > MAX_DETAILS) lines.push(`…and ${changes.length - MAX_DETAILS} more.`);
  return lines;
}

/** "Ana Lopez (Acme Security) also has this map open", for one or more others. */
export function describePresence(others: readonly PresenceInfo[]): string {
  if (others.length === 0) return '';
  const label = (p: PresenceInfo) => (p.organisation ? `${p.name} (${p.organisation})` : p.name);
  const people = uniqueBy(others, (p) => `${p.personId}|${p.name}`);
  if (people.length === 1) {
    const p = people[0]!;
    const windows = others.length > 1 ? ` in ${others.length} windows` : '';
    return `${label(p)} also has this map open${windows}`;
  }
  if (people.length === 2) return `${label(people[0]!)} and ${label(people[1]!)} also have this map open`;
  return `${label(people[0]!)} and ${people.length - 1} others also have this map open`;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

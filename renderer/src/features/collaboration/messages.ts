import type { PresenceInfo } from '../../../../shared/ipc';
import { mergeNotice, type ChangeSummary, type Conflict } from '../../../../shared/merge';

/**
 * The notice after someone else's save was merged into the open map while it was open:
 * "Merged 4 changes from Ana Lopez." with one line per change, and the conflicts counted
 * (`mergeNotice`, as everywhere). Undefined when their save brought nothing new.
 */
export function describeIncoming(changes: readonly ChangeSummary[], conflicts: readonly Conflict[]): { text: string; details: string[]; who: string } | undefined {
  if (changes.length === 0 && conflicts.length === 0) return undefined;
  const notice = mergeNotice(changes, conflicts);
  const text = [notice.headline ? `${notice.headline}.` : 'Someone else saved this map.', notice.conflictLine].filter(Boolean).join(' ');
  return { text, details: [...notice.shortLines], who: notice.who };
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

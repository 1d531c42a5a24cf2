import type { McredDocument } from '../../../../../shared/model';

/** What a node's advisor markers show. */
export interface NodeMarks {
  /** Unresolved comment threads on the entity. */
  readonly openThreads: number;
  /** Distinct people who endorse it. */
  readonly endorsers: number;
}

/**
 * The marks of every entity that has any, computed in one pass over the comments and the
 * endorsements (links get none: markers sit on nodes).
 */
export function marksByEntity(doc: Pick<McredDocument, 'comments' | 'endorsements' | 'entities'>): Map<string, NodeMarks> {
  const threads = new Map<string, number>();
  for (const c of Object.values(doc.comments)) {
    if (c.replyTo !== undefined || c.resolved || !doc.entities[c.target]) continue;
    threads.set(c.target, (threads.get(c.target) ?? 0) + 1);
  }
  const endorsers = new Map<string, Set<string>>();
  for (const e of Object.values(doc.endorsements)) {
    if (!doc.entities[e.target]) continue;
    const people = endorsers.get(e.target) ?? new Set<string>();
    people.add(e.person);
    endorsers.set(e.target, people);
  }
  const out = new Map<string, NodeMarks>();
  for (const id of new Set([...threads.keys(), ...endorsers.keys()])) {
    out.set(id, { openThreads: threads.get(id) ?? 0, endorsers: endorsers.get(id)?.size ?? 0 });
  }
  return out;
}

export function sameMarks(a: NodeMarks | undefined, b: NodeMarks | undefined): boolean {
  return a === b || (!!a && !!b && a.openThreads === b.openThreads && a.endorsers === b.endorsers);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 open comment threads". */
export function threadsLabel(n: number): string {
  return plural(n, 'open comment thread', 'open comment threads');
}

/** "Endorsed by 3 advisors". */
export function endorsersLabel(n: number): string {
  return `Endorsed by ${plural(n, 'advisor', 'advisors')}`;
}

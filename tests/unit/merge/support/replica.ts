import { applyCommand, createDocument } from '../../../../shared/commands';
import { latestStampIn } from '../../../../shared/merge';
import { formatStamp, makeClock, observe, tick, type Clock, type Id, type McredDocument, type Person, type Stamp } from '../../../../shared/model';

/**
 * A person editing their own copy of a map on their own machine, for the merge tests and
 * the merge bench: commands stamped by a hybrid logical clock with its own replica id.
 */

export const PEOPLE: readonly Person[] = [
  { id: 'pe_ana', name: 'Ana Lopez', organisation: 'Acme Security', role: 'advisor' },
  { id: 'pe_ben', name: 'Ben Okafor', role: 'designer' },
  { id: 'pe_cai', name: 'Cai Wu', organisation: 'Polytechnic', role: 'reviewer' },
];
/** 2026-01-05T09:00:00Z: when the base map is created. */
export const BASE_MS = Date.UTC(2026, 0, 5, 9);

/**
 * One person's copy of the map on one machine. Its clock observes every stamp of the copy
 * it opened (as the app's must), so its changes sort after the last save it loaded.
 */
export class Replica {
  private clock: Clock;
  private ids = 0;

  constructor(
    public doc: McredDocument,
    readonly replica: string,
    readonly author: Id,
    startMs: number,
  ) {
    const seen = latestStampIn(doc);
    this.clock = seen ? observe(makeClock(replica, startMs), seen) : makeClock(replica, startMs);
  }

  /** The next stamp at wall time `now` (ms). */
  stamp(now: number): Stamp {
    this.clock = tick(this.clock, now);
    return formatStamp(this.clock, this.author);
  }

  freshId(prefix: string): Id {
    this.ids += 1;
    return `${prefix}_${this.replica}n${this.ids}`;
  }

  /** Applies a command at wall time `now`; a refused command changes nothing. */
  tryApply(name: string, payload: unknown, now: number): boolean {
    const result = applyCommand(this.doc, { name, payload }, { stamp: this.stamp(now) });
    if (result.ok) this.doc = result.doc;
    return result.ok;
  }

  /** Applies a command that must be accepted. */
  apply(name: string, payload: unknown, now: number): this {
    if (!this.tryApply(name, payload, now)) throw new Error(`${name} was refused: ${JSON.stringify(payload)}`);
    return this;
  }

  /** Appends a save record, as the documents service does on every save. */
  save(now: number): this {
    const id = this.freshId('sv');
    this.doc = { ...this.doc, saves: { ...this.doc.saves, [id]: { id, stamp: this.stamp(now) } } };
    return this;
  }
}

/** An empty map created by Ana (replica `base0000`), with Ben and Cai among its people. */
export function emptyBase(): Replica {
  const ana = PEOPLE[0]!;
  const settings = { title: 'Cyber security micro-credentials', creditUnit: 'ects' as const, profiles: ['eu-2022' as const] };
  const doc = createDocument({ id: 'map_merge', settings, author: ana, stamp: formatStamp(makeClock('base0000', BASE_MS), ana.id) });
  const r = new Replica(doc, 'base0000', ana.id, BASE_MS);
  for (const p of PEOPLE.slice(1)) r.apply('person.upsert', { person: p }, BASE_MS);
  return r;
}


import { formatStamp, makeClock, tick, type Clock, type Id, type Stamp } from '../../model';
import type { Rng } from './prng';

/**
 * Hands out change stamps as a team of authors would have made them: each author has a
 * replica with its own hybrid logical clock, and wall time moves forward a few seconds
 * to a few minutes per record, from `startMs`.
 */
export class Stamper {
  private readonly clocks = new Map<Id, Clock>();
  private now: number;

  constructor(
    private readonly rng: Rng,
    startMs: number,
  ) {
    this.now = startMs;
  }

  /** The wall time of the latest stamp, ms since the epoch. */
  get time(): number {
    return this.now;
  }

  /** A new stamp by `author`, a little after the previous one. */
  next(author: Id, stepMs = 1 + this.rng.int(90_000)): Stamp {
    this.now += stepMs;
    let clock = this.clocks.get(author);
    if (!clock) clock = makeClock(replicaOf(author), 0);
    clock = tick(clock, this.now);
    this.clocks.set(author, clock);
    return formatStamp(clock, author);
  }
}

/** A replica id ([a-z0-9]{4,16}) derived from the author's id. */
function replicaOf(author: Id): string {
  const body = author.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `r${body}`.slice(0, 16).padEnd(4, '0');
}

/** `{ field: stamp }` for every field of `record` but its id (plus any `extra` fields). */
export function stampsFor(record: object, stamp: Stamp, extra?: string): Record<string, Stamp> {
  const out: Record<string, Stamp> = {};
  for (const k of Object.keys(record)) if (k !== 'id') out[k] = stamp;
  if (extra) out[extra] = stamp;
  return out;
}

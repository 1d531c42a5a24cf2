import { z } from 'zod';
import { type Id } from './ids';

/**
 * A stamp says when and by whom a field was last changed: `HLC@author`, where the hybrid
 * logical clock part is `<13-digit wall ms>-<3-char base-36 counter>-<replica>`.
 * Stamps are totally ordered by plain string comparison (fixed-width time and counter,
 * then replica, then author), so every machine breaks ties the same way.
 */
export const STAMP_PATTERN = /^(\d{13})-([0-9a-z]{3})-([a-z0-9]{4,16})@([a-z][a-z0-9]{0,11}_[A-Za-z0-9_-]{1,64})$/;

/** The same shape without capture groups: cheaper, and validation runs on every stamp of every load. */
const STAMP_SHAPE = /^\d{13}-[0-9a-z]{3}-[a-z0-9]{4,16}@[a-z][a-z0-9]{0,11}_[A-Za-z0-9_-]{1,64}$/;

export const Stamp = z.string().regex(STAMP_SHAPE, 'is not a valid change stamp');
export type Stamp = z.infer<typeof Stamp>;

/** The state of one replica's hybrid logical clock. */
export interface Clock {
  /** Largest wall time (ms since epoch) seen so far. */
  readonly ms: number;
  /** Tie-breaking counter within the same millisecond. */
  readonly counter: number;
  /** Identifies this editing session; fixed for its lifetime. */
  readonly replica: string;
}

const MAX_COUNTER = 36 ** 3 - 1;

export function makeClock(replica: string, ms = 0): Clock {
  if (!/^[a-z0-9]{4,16}$/.test(replica)) throw new Error(`invalid replica id ${replica}`);
  return { ms, counter: 0, replica };
}

/** Advances the clock for a local event at wall time `now`. */
export function tick(clock: Clock, now: number): Clock {
  if (now > clock.ms) return { ms: now, counter: 0, replica: clock.replica };
  if (clock.counter < MAX_COUNTER) return { ...clock, counter: clock.counter + 1 };
  return { ms: clock.ms + 1, counter: 0, replica: clock.replica };
}

/** Moves the clock past a stamp seen from another replica, so later local stamps sort after it. */
export function observe(clock: Clock, stamp: Stamp): Clock {
  const p = parseStamp(stamp);
  if (!p) return clock;
  if (p.ms > clock.ms || (p.ms === clock.ms && p.counter > clock.counter)) {
    return { ms: p.ms, counter: p.counter, replica: clock.replica };
  }
  return clock;
}

export function formatStamp(clock: Clock, author: Id): Stamp {
  return `${String(clock.ms).padStart(13, '0')}-${clock.counter.toString(36).padStart(3, '0')}-${clock.replica}@${author}`;
}

export interface ParsedStamp {
  ms: number;
  counter: number;
  replica: string;
  author: Id;
}

export function parseStamp(stamp: string): ParsedStamp | undefined {
  const m = STAMP_PATTERN.exec(stamp);
  if (!m) return undefined;
  return { ms: Number(m[1]), counter: parseInt(m[2]!, 36), replica: m[3]!, author: m[4]! };
}

export function stampAuthor(stamp: Stamp): Id {
  return stamp.slice(stamp.indexOf('@') + 1);
}

/** The same moment attributed to someone else (a reviewer's accepted change, a merge's repair). */
export function stampWithAuthor(stamp: Stamp, author: Id): Stamp {
  return `${stamp.slice(0, stamp.indexOf('@'))}@${author}`;
}

export function stampTime(stamp: Stamp): Date {
  return new Date(Number(stamp.slice(0, 13)));
}

/** The later of two stamps (stamps order as strings). */
export function laterStamp(a: Stamp, b: Stamp): Stamp {
  return a >= b ? a : b;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Stamp,
  formatStamp,
  laterStamp,
  makeClock,
  observe,
  parseStamp,
  stampAuthor,
  stampTime,
  tick,
  type Clock,
} from '../../../shared/model';
import { TestClock, nextStamp } from '../../helpers/builders';

/** Wall times from 1970 to about 2109: 13 digits, as the stamp format requires. */
const wallMs = fc.integer({ min: 0, max: 2 ** 42 });
const replica = fc.stringMatching(/^[a-z0-9]{4,16}$/);
const author = fc.stringMatching(/^[a-z][a-z0-9]{0,3}_[A-Za-z0-9_-]{1,8}$/);
const clockArb = fc.record({ ms: wallMs, counter: fc.integer({ min: 0, max: 36 ** 3 - 1 }), replica });
const stampArb = fc.tuple(clockArb, author).map(([c, a]) => formatStamp(c, a));

/** What happens to a replica's clock: local edits at some wall time, or stamps arriving from others. */
const eventArb = fc.oneof(
  fc.record({ type: fc.constant('tick' as const), now: wallMs }),
  fc.record({ type: fc.constant('observe' as const), stamp: stampArb }),
);

describe('stamps', () => {
  it('are written as 13-digit time, 3-character counter, replica and author', () => {
    const stamp = formatStamp({ ms: 1_767_225_600_000, counter: 37, replica: 'laptop01' }, 'pe_ada');
    expect(stamp).toBe('1767225600000-011-laptop01@pe_ada');
    expect(Stamp.safeParse(stamp).success).toBe(true);
    expect(stampAuthor(stamp)).toBe('pe_ada');
    expect(stampTime(stamp).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('pad early times and counters to a fixed width', () => {
    expect(formatStamp(makeClock('abcd'), 'pe_a')).toBe('0000000000000-000-abcd@pe_a');
  });

  it('read back what they were written from', () => {
    fc.assert(
      fc.property(clockArb, author, (clock, who) => {
        expect(parseStamp(formatStamp(clock, who))).toEqual({ ...clock, author: who });
      }),
      { numRuns: 1000 },
    );
  });

  it('are refused by the schema when malformed', () => {
    for (const bad of ['', '1767225600000-011-laptop01', '176722560000-011-laptop01@pe_a', '1767225600000-0A1-laptop01@pe_a', '1767225600000-011-lap@pe_a', '1767225600000-011-laptop01@Pe_a']) {
      expect({ bad, ok: Stamp.safeParse(bad).success }).toEqual({ bad, ok: false });
      expect(parseStamp(bad)).toBeUndefined();
    }
  });

  it('order as strings the way their clocks order by time, then counter', () => {
    fc.assert(
      fc.property(clockArb, clockArb, author, author, (a, b, x, y) => {
        fc.pre(a.ms !== b.ms || a.counter !== b.counter);
        const byClock = a.ms !== b.ms ? a.ms < b.ms : a.counter < b.counter;
        expect(formatStamp(a, x) < formatStamp(b, y)).toBe(byClock);
      }),
      { numRuns: 1000 },
    );
  });

  it('pick the later of two the same way whichever comes first', () => {
    fc.assert(
      fc.property(stampArb, stampArb, (a, b) => {
        expect(laterStamp(a, b)).toBe(laterStamp(b, a));
        expect([a, b].sort().at(-1)).toBe(laterStamp(a, b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the hybrid logical clock', () => {
  it('refuses a replica id that would not fit in a stamp', () => {
    expect(() => makeClock('ABC')).toThrow(/invalid replica id/);
    expect(() => makeClock('has space')).toThrow(/invalid replica id/);
  });

  it('takes the wall time when it is ahead, and counts within one millisecond', () => {
    const c1 = tick(makeClock('abcd'), 5_000);
    expect(c1).toEqual({ ms: 5_000, counter: 0, replica: 'abcd' });
    expect(tick(c1, 5_000)).toEqual({ ms: 5_000, counter: 1, replica: 'abcd' });
    expect(tick(c1, 4_000)).toEqual({ ms: 5_000, counter: 1, replica: 'abcd' });
  });

  it('moves to the next millisecond when the counter is used up', () => {
    expect(tick({ ms: 5_000, counter: 36 ** 3 - 1, replica: 'abcd' }, 5_000)).toEqual({ ms: 5_001, counter: 0, replica: 'abcd' });
  });

  it('ignores a stamp it cannot read, and an older one', () => {
    const clock: Clock = { ms: 9_000, counter: 4, replica: 'abcd' };
    expect(observe(clock, 'garbage')).toBe(clock);
    expect(observe(clock, formatStamp({ ms: 8_000, counter: 9, replica: 'zzzz' }, 'pe_b'))).toBe(clock);
  });

  it('gives strictly increasing stamps for local events, whatever the wall clock and remote stamps do', () => {
    fc.assert(
      fc.property(replica, fc.array(eventArb, { maxLength: 60 }), (r, events) => {
        let clock = makeClock(r);
        let last = '';
        for (const e of events) {
          if (e.type === 'observe') {
            clock = observe(clock, e.stamp);
            // Stamps made after seeing a remote stamp sort after it.
            last = last > e.stamp ? last : e.stamp;
            continue;
          }
          clock = tick(clock, e.now);
          const stamp = formatStamp(clock, 'pe_me');
          expect(stamp > last).toBe(true);
          expect(Stamp.safeParse(stamp).success).toBe(true);
          last = stamp;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never moves backwards', () => {
    fc.assert(
      fc.property(clockArb, eventArb, (clock, e) => {
        const next = e.type === 'tick' ? tick(clock, e.now) : observe(clock, e.stamp);
        expect(next.ms > clock.ms || (next.ms === clock.ms && next.counter >= clock.counter)).toBe(true);
        expect(next.replica).toBe(clock.replica);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the test clock', () => {
  it('hands out ever later stamps naming the author it is asked for', () => {
    const clock = new TestClock('pe_one');
    const a = clock.next();
    const b = clock.next('pe_two');
    expect(b > a).toBe(true);
    expect([stampAuthor(a), stampAuthor(b)]).toEqual(['pe_one', 'pe_two']);
    expect(nextStamp() < nextStamp()).toBe(true);
  });
});

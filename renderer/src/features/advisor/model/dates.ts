const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 Mar 2026 at 14:05", in the user's time zone (the tooltip of a comment's time). */
export function absoluteTime(iso: string): string {
  const d = new Date(iso);
  return `${DATE.format(d)} at ${TIME.format(d)}`;
}

/**
 * How long ago, for recent comments ("just now", "5 min ago", "3 h ago", "yesterday",
 * "4 days ago"); the date itself beyond a week, when "ago" stops being useful.
 */
export function relativeTime(iso: string, now: number): string {
  const at = new Date(iso).getTime();
  const ago = now - at;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  if (ago < 2 * DAY) return 'yesterday';
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} days ago`;
  return DATE.format(new Date(at));
}

/** Today's calendar date where the user is, as an ISO date (an endorsement's date). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_UTC = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "1 Mar 2026" for an ISO date (a calendar date: no time zone shift). */
export function calendarDate(isoDate: string): string {
  return DAY_UTC.format(new Date(`${isoDate}T00:00:00Z`));
}

const readTimes = new WeakMap<object, number>();

/**
 * The time `shown` was first displayed, for its "5 min ago" texts: fixed per value, so
 * rendering stays idempotent, and renewed when the value changes (no ticking clock).
 */
export function shownAt(shown: object, now: () => number = Date.now): number {
  let t = readTimes.get(shown);
  if (t === undefined) {
    t = now();
    readTimes.set(shown, t);
  }
  return t;
}

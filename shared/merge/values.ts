import { stampAuthor, stampTime, type Stamp } from '../model';

/** Value helpers for the merge (equality is the model's `jsonEqual`). */

/** JSON text with sorted keys: only used to break ties the same way on every machine. */
function sortedJson(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  const r = v as Record<string, unknown>;
  const keys = Object.keys(r)
    .filter((k) => r[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(r[k])}`).join(',')}}`;
}

/**
 * A total order on JSON values, for the rare tie where two copies carry the same stamp but
 * different values (a damaged or hand-edited file): both orders of merging pick the same.
 */
export function compareJson(a: unknown, b: unknown): number {
  const x = sortedJson(a);
  const y = sortedJson(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The later of two optional stamps (an absent stamp is older than any). */
export function laterOf(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** The latest stamp of a record's stamps, if it has any. */
export function latestStamp(stamps: Readonly<Record<string, Stamp>> | undefined): Stamp | undefined {
  let out: Stamp | undefined;
  if (stamps) for (const k in stamps) out = laterOf(out, stamps[k]);
  return out;
}

/** The earliest stamp of a record's stamps, if it has any. */
export function earliestStamp(stamps: Readonly<Record<string, Stamp>> | undefined): Stamp | undefined {
  let out: Stamp | undefined;
  if (stamps) for (const k in stamps) if (out === undefined || stamps[k]! < out) out = stamps[k];
  return out;
}

/** Who and when, from a stamp: the attribution a conflict or summary shows. */
export function attribution(stamp: Stamp): { stamp: Stamp; author: string; at: string } {
  const time = stampTime(stamp);
  return { stamp, author: stampAuthor(stamp), at: Number.isNaN(time.getTime()) ? '' : time.toISOString() };
}

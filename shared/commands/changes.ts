import { z } from 'zod';
import { jsonEqual } from '../model';
import { CommandRefused } from './types';

/** A partial update: a value sets a field, `null` clears an optional one. */
export const Changes = z.record(z.string().max(100), z.unknown());
export type Changes = z.infer<typeof Changes>;

/**
 * Applies `changes` to a copy of `record` and validates the result with `schema`.
 * Returns the validated record and the keys whose value really changed.
 * Refuses changes to `readOnly` keys and values the schema rejects, naming the field.
 */
export function applyChanges<T extends { id: string }>(
  record: T,
  changes: Changes,
  schema: z.ZodType<T>,
  readOnly: readonly string[],
): { next: T; changed: string[] } {
  const merged: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'id' || readOnly.includes(key)) throw new CommandRefused('read-only-field', `"${key}" cannot be changed`, key);
    if (value === null || value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? String(issue.path[0]) : undefined;
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    if (unknownKey) {
      const inside = issue.path.length ? ` of "${issue.path.map(String).join('.')}"` : ' of this record';
      throw new CommandRefused('invalid-value', `"${unknownKey}" is not a field${inside}`, field ?? unknownKey);
    }
    const where = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && field !== undefined && merged[field] === undefined;
    const message = missing ? `"${field}" is required and cannot be cleared` : where ? `${where}: ${issue.message}` : issue.message;
    throw new CommandRefused('invalid-value', message, field);
  }
  const next = parsed.data;
  const changed = Object.keys(changes).filter((k) => !jsonEqual((record as Record<string, unknown>)[k], (next as Record<string, unknown>)[k]));
  return { next, changed };
}

/** Reading and writing a field by its dotted path ("title", "source.uri"). */

type Fields = Readonly<Record<string, unknown>>;

function asFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** The value at `path`, or undefined. */
export function valueAt(record: object, path: string): unknown {
  let at: unknown = record;
  for (const key of path.split('.')) at = asFields(at)?.[key];
  return at;
}

/**
 * The `changes` of an update command that sets `path` to `value` (null clears it).
 * A nested part rewrites its whole object: the other parts are kept, an object left with
 * nothing in it is cleared, and `seed` fills required parts of an object being created.
 */
export function changeFor(record: object, path: string, value: unknown, seed: Fields = {}): Record<string, unknown> {
  const [top, part, ...rest] = path.split('.');
  if (!top) throw new Error('empty field path');
  if (part === undefined) return { [top]: value };
  if (rest.length) throw new Error(`field paths are at most two deep: "${path}"`);
  const current = asFields(valueAt(record, top));
  const next: Record<string, unknown> = { ...(current ?? seed) };
  if (value === null || value === undefined) delete next[part];
  else next[part] = value;
  return { [top]: Object.keys(next).length ? next : null };
}

/** A JSON object as read from a file, before validation. */
export type RawObject = Record<string, unknown>;

/**
 * One step of the file format: takes a document of version `from` (already parsed, not
 * yet validated) and returns it at version `from + 1`. Steps never see newer data.
 */
export interface Migration {
  from: number;
  name: string;
  migrate(doc: RawObject): RawObject;
}

export function isRawObject(v: unknown): v is RawObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

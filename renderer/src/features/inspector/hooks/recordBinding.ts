import { createContext, useContext } from 'react';
import type { FieldSpec } from '../model/fieldTypes';

/** Text fields commit as the user types (one undo step per field); the rest commit at once. */
export type CommitMode = 'typing' | 'immediate';

/**
 * What the fields of one form share: the record being edited, its field table, and how
 * to commit a change to it. `commit` returns the message to show under the field when the
 * command is refused (the document is then unchanged), or undefined.
 */
export interface RecordBinding {
  recordId: string;
  record: object;
  table: Readonly<Record<string, FieldSpec>>;
  commit: (path: string, value: unknown, mode: CommitMode) => string | undefined;
}

export const RecordContext = createContext<RecordBinding | null>(null);

export function useRecordBinding(): RecordBinding {
  const binding = useContext(RecordContext);
  if (!binding) throw new Error('a field outside a RecordContext provider');
  return binding;
}

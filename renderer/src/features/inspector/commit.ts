import type { CommandCall } from '../../../../shared/commands';
import type { McredDocument } from '../../../../shared/model';
import type { DocumentStore } from '../../store/documentStore';
import type { CommitMode, RecordBinding } from './hooks/recordBinding';
import type { FieldSpec } from './model/fieldTypes';
import { fieldMessage } from './model/messages';
import { changeFor } from './model/paths';

export type Table = Readonly<Record<string, FieldSpec>>;

/** Required parts of nested objects the inspector creates when their first part is typed. */
const SEEDS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  house: { name: 'House rules', requiredFields: [] },
};

/**
 * How the inspector's fields reach the document: one update command per change, typing in
 * one field coalesced into one undo step (keyed by record and field), refusals turned into
 * the message shown under the field. No React here, so it is tested on a bare store.
 */
export function makeBinding(
  store: DocumentStore,
  recordId: string,
  record: object,
  table: Table,
  current: (doc: McredDocument) => object | undefined,
  call: (changes: Record<string, unknown>) => CommandCall,
): RecordBinding {
  const labelOf = (path: string) => table[path]?.label;
  return {
    recordId,
    record,
    table,
    commit(path: string, value: unknown, mode: CommitMode) {
      const latest = current(store.getState().doc);
      if (!latest) return 'This item no longer exists';
      const changes = changeFor(latest, path, value, SEEDS[path.split('.')[0] ?? ''] ?? {});
      const label = labelOf(path) ?? path;
      const refusal = store.dispatch(call(changes), {
        label: `Edit ${label.toLowerCase()}`,
        ...(mode === 'typing' ? { coalesceKey: `${recordId}.${path}` } : {}),
      });
      return refusal ? fieldMessage(refusal, path, labelOf) : undefined;
    },
  };
}

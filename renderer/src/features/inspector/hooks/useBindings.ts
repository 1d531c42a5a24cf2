import { useMemo } from 'react';
import type { CommandCall } from '../../../../../shared/commands';
import { SETTINGS_RECORD, type Entity, type Link, type McredDocument, type Settings } from '../../../../../shared/model';
import { useDocumentStore, type DocumentStore } from '../../../store';
import { ENTITY_FIELDS, LINK_FIELDS, SETTINGS_FIELDS } from '../model/fieldDescriptors';
import type { FieldSpec } from '../model/fieldTypes';
import { fieldMessage } from '../model/messages';
import { changeFor } from '../model/paths';
import type { CommitMode, RecordBinding } from './recordBinding';

type Table = Readonly<Record<string, FieldSpec>>;

/** Required parts of nested objects the inspector creates when their first part is typed. */
const SEEDS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  house: { name: 'House rules', requiredFields: [] },
};

function makeBinding(
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

export function useEntityBinding(entity: Entity): RecordBinding {
  const store = useDocumentStore();
  return useMemo(() => {
    const id = entity.id;
    return makeBinding(
      store,
      id,
      entity,
      ENTITY_FIELDS[entity.kind] as Table,
      (doc) => doc.entities[id],
      (changes) => ({ name: 'entity.update', payload: { id, changes } }),
    );
  }, [store, entity]);
}

export function useLinkBinding(link: Link): RecordBinding {
  const store = useDocumentStore();
  return useMemo(() => {
    const id = link.id;
    return makeBinding(
      store,
      id,
      link,
      LINK_FIELDS[link.kind] as Table,
      (doc) => doc.links[id],
      (changes) => ({ name: 'link.update', payload: { id, changes } }),
    );
  }, [store, link]);
}

export function useSettingsBinding(settings: Settings): RecordBinding {
  const store = useDocumentStore();
  return useMemo(
    () =>
      makeBinding(
        store,
        SETTINGS_RECORD,
        settings,
        SETTINGS_FIELDS as Table,
        (doc) => doc.settings,
        (changes) => ({ name: 'settings.update', payload: { changes } }),
      ),
    [store, settings],
  );
}

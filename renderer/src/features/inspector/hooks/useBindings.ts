import { useMemo } from 'react';
import { SETTINGS_RECORD, type Entity, type Link, type Settings } from '../../../../../shared/model';
import { useDocumentStore } from '../../../store';
import { makeBinding, type Table } from '../commit';
import { ENTITY_FIELDS, LINK_FIELDS, SETTINGS_FIELDS } from '../model/fieldDescriptors';
import type { RecordBinding } from './recordBinding';

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

import { useCallback } from 'react';
import type { McredDocument, Stamp } from '../../../../../shared/model';
import { useDoc } from '../../../store';
import { editedBy, latestStamp, type Edited } from '../model/stamps';

const selectPeople = (d: McredDocument) => d.people;

/** Who last changed a record (any field), for the header; undefined when never stamped. */
export function useLastEdited(recordId: string): Edited | undefined {
  const stamps = useDoc(useCallback((d: McredDocument) => d.meta.stamps[recordId], [recordId]));
  const people = useDoc(selectPeople);
  const latest = latestStamp(stamps);
  return latest ? editedBy(latest, people) : undefined;
}

/** Who last changed one field of a record (the top-level field of a dotted path). */
export function useFieldStamp(recordId: string, path: string): Edited | undefined {
  const field = path.split('.')[0] ?? path;
  const stamp: Stamp | undefined = useDoc(useCallback((d: McredDocument) => d.meta.stamps[recordId]?.[field], [recordId, field]));
  const people = useDoc(selectPeople);
  return stamp ? editedBy(stamp, people) : undefined;
}

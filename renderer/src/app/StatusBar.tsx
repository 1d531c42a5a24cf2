import { useMemo } from 'react';
import { ENTITY_KINDS, type EntityKind, type McredDocument } from '../../../shared/model';
import { KIND_LABEL, KIND_PLURAL } from '../features/canvas/icons';
import { ConflictChip, PresenceChip } from '../features/collaboration';
import { useFileUi } from '../features/files/FileControllerContext';
import { ReviewChip } from '../features/review';
import { useDoc, useIsDirty, useSelection } from '../store';

const selectEntities = (d: McredDocument) => d.entities;
const selectLinks = (d: McredDocument) => d.links;
const selectTitle = (d: McredDocument) => d.settings.title;

/** The bottom line: map title, counts by kind, what is selected, and whether it is saved (or has no file yet). */
export function StatusBar() {
  const entities = useDoc(selectEntities);
  const links = useDoc(selectLinks);
  const title = useDoc(selectTitle);
  const dirty = useIsDirty();
  // A map that has no file yet is not "Saved", even before its first edit (the file bar agrees).
  const hasFile = useFileUi().source?.kind === 'file';
  const selection = useSelection();
  const counts = useMemo(() => {
    const c = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
    for (const id in entities) c[entities[id]!.kind]++;
    return c;
  }, [entities]);
  const linkCount = useMemo(() => Object.keys(links).length, [links]);

  return (
    <footer className="status-bar" aria-label="Status">
      <span className="status-bar__title" title={title}>
        {title}
      </span>
      <ul className="status-bar__counts" aria-label="Map contents">
        {ENTITY_KINDS.map((k) => (
          <li key={k} data-testid={`status-count-${k}`}>
            <span className={`dot dot--${k}`} aria-hidden="true" />
            {counts[k]} {counts[k] === 1 ? KIND_LABEL[k].toLowerCase() : KIND_PLURAL[k].toLowerCase()}
          </li>
        ))}
        <li data-testid="status-count-link">{linkCount === 1 ? '1 link' : `${linkCount} links`}</li>
      </ul>
      <PresenceChip />
      <ConflictChip />
      <ReviewChip />
      <span className="status-bar__selection" data-testid="status-selection">{selection.length ? `${selection.length} selected` : ''}</span>
      <span className={`status-bar__saved${dirty ? ' is-dirty' : hasFile ? '' : ' is-new'}`} data-testid="save-state">
        {dirty ? 'Edited' : hasFile ? 'Saved' : 'Not saved yet'}
      </span>
    </footer>
  );
}

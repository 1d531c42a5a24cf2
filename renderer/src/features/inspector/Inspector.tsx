import { useEntity, useLink, useSelection } from '../../store';
import { EntityForm } from './forms/EntityForm';
import { LinkForm } from './forms/LinkForm';
import { MapSettingsForm } from './forms/MapSettingsForm';
import { MultiSelection } from './forms/MultiSelection';
import './inspector.css';

function SelectedRecord({ id }: { id: string }) {
  const entity = useEntity(id);
  const link = useLink(id);
  // Keyed by id: a newly selected record starts with fresh local field state.
  if (entity) return <EntityForm key={id} entity={entity} />;
  if (link) return <LinkForm key={id} link={link} />;
  return <p className="insp-empty">The selected item no longer exists.</p>;
}

/** The right-hand panel: edits the selected item, or the map's settings when nothing is selected. */
export function Inspector() {
  const selection = useSelection();
  return (
    <aside className="inspector" aria-label="Inspector" data-pane="inspector">
      {selection.length === 0 ? (
        <>
          <p className="insp-empty">Select an item on the map to edit it</p>
          <MapSettingsForm />
        </>
      ) : selection.length === 1 ? (
        <SelectedRecord id={selection[0]!} />
      ) : (
        <MultiSelection ids={selection} />
      )}
    </aside>
  );
}

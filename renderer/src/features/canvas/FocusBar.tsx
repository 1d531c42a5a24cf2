import { entityLabel, type Entity } from '../../../../shared/model';
import { useSessionStore } from '../../store';

/** Says that focus mode is on and for which credential, with the way back. */
export function FocusBar({ credential, shown }: { credential: Entity; shown: number }) {
  const session = useSessionStore();
  return (
    <div className="focus-bar" role="status" data-testid="focus-bar" title="Arranged for reading: the map’s own layout is unchanged">
      <span>
        Showing: <strong>{entityLabel(credential)}</strong>
        <span className="focus-bar__count"> — {shown} items</span>
      </span>
      <button type="button" className="btn btn--small" onClick={() => session.setFocusCredential(undefined)}>
        Show all
      </button>
    </div>
  );
}

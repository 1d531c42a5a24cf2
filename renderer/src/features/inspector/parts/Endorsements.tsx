import { useCallback } from 'react';
import type { McredDocument } from '../../../../../shared/model';
import { EndorseControls } from '../../advisor';
import { useDerived } from '../hooks/useDerived';
import { endorsementsOf } from '../model/linked';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Who vouches for the skill or credential, and the user's own Endorse / Withdraw. */
export function Endorsements({ id }: { id: string }) {
  const rows = useDerived(useCallback((d: McredDocument) => endorsementsOf(d, id), [id]));
  return (
    <>
      {rows.length ? (
        <ul className="insp-endorsements" aria-label="Endorsements">
          {rows.map((r) => (
            <li key={r.id}>
              <div className="insp-endorser">
                <span>
                  {r.person}
                  {r.organisation ? <span className="insp-endorser-org"> · {r.organisation}</span> : null}
                </span>
                <time dateTime={r.date}>{DATE.format(new Date(`${r.date}T00:00:00Z`))}</time>
              </div>
              {r.note ? <p className="insp-endorsement-note">{r.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="insp-empty-list">No endorsements yet.</p>
      )}
      <EndorseControls target={id} />
    </>
  );
}

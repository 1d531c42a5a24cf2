import { useCallback } from 'react';
import type { Activity, Credential, McredDocument } from '../../../../../shared/model';
import { useDoc } from '../../../store';
import { useDerived } from '../hooks/useDerived';
import { credentialActivityHours } from '../model/linked';
import { formatNumber } from '../model/numbers';
import { workloadText } from '../model/units';

const selectSettings = (d: McredDocument) => d.settings;

/** Under the workload: what it is in the map's credits, and what the linked activities add up to. */
export function WorkloadCheck({ credential }: { credential: Credential }) {
  const settings = useDoc(selectSettings);
  const id = credential.id;
  const activities = useDerived(useCallback((d: McredDocument) => credentialActivityHours(d, id), [id]));
  const hours = credential.workloadHours;
  const total = activities.contact + activities.selfStudy;
  const inCredits = hours !== undefined ? workloadText(hours, settings) : undefined;
  return (
    <div className="insp-derived" aria-label="Workload check">
      {inCredits ? <p>{inCredits}</p> : null}
      {activities.count ? (
        <p>
          Linked activities: {formatNumber(total)} h ({formatNumber(activities.contact)} contact + {formatNumber(activities.selfStudy)} self-study)
        </p>
      ) : (
        <p>No learning activities are linked to this credential&apos;s outcomes yet.</p>
      )}
    </div>
  );
}

/** Under an activity's hours: their total, in hours and in the map's credits. */
export function ActivityTotal({ activity }: { activity: Activity }) {
  const settings = useDoc(selectSettings);
  const total = activity.contactHours + activity.selfStudyHours;
  return (
    <div className="insp-derived" aria-label="Total hours">
      <p>In total: {workloadText(total, settings) ?? `${formatNumber(total)} h`}</p>
    </div>
  );
}

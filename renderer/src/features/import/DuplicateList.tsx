import type { DuplicateAction, PlannedDuplicate } from '../../../../shared/import';

const SHOWN = 100;

export interface DuplicateListProps {
  duplicates: readonly PlannedDuplicate[];
  actionOf: (d: PlannedDuplicate) => DuplicateAction;
  onAction: (indexes: readonly number[], action: DuplicateAction) => void;
}

/** Skills already in the map: merge (fill their empty fields, keep the id) or skip, one by one or all. */
export function DuplicateList({ duplicates, actionOf, onAction }: DuplicateListProps) {
  if (!duplicates.length) return null;
  const all = duplicates.map((d) => d.index);
  return (
    <section className="imp-dups" aria-label="Already in the map">
      <div className="imp-row">
        <strong>{duplicates.length} already in the map</strong>
        <button type="button" className="fs-button fs-button--small" onClick={() => onAction(all, 'merge')}>
          Merge all
        </button>
        <button type="button" className="fs-button fs-button--small" onClick={() => onAction(all, 'skip')}>
          Skip all
        </button>
      </div>
      <ul>
        {duplicates.slice(0, SHOWN).map((d) => (
          <li key={d.index}>
            <span>
              {d.skill.statement} = “{d.existingStatement}” <em>(same {d.matchedBy})</em>
            </span>
            <select aria-label={`Merge or skip ${d.skill.statement}`} value={actionOf(d)} onChange={(e) => onAction([d.index], e.target.value as DuplicateAction)}>
              <option value="merge">Merge (fill empty fields)</option>
              <option value="skip">Skip</option>
            </select>
          </li>
        ))}
        {duplicates.length > SHOWN && <li>… and {duplicates.length - SHOWN} more (Merge all / Skip all apply to them)</li>}
      </ul>
    </section>
  );
}

import { describeUpdate, type Reached, type UpdateCheck } from '../../../../shared/import';

const SHOWN = 100;
const CHANGE_LABEL = { changed: 'Changed', replaced: 'Replaced', obsolete: 'Obsolete', removed: 'Removed' } as const;

const names = (items: readonly Reached[]) => items.map((i) => i.label).join(', ');

export interface UpdateListProps {
  check: UpdateCheck;
  /** Whether the format can say itself that it is a full release (a CASE package always is). */
  askFull: boolean;
  fullRelease: boolean;
  onFullRelease: (full: boolean) => void;
}

/**
 * "Updates to skills in this map": what the file, as a release of a framework the map has
 * skills from, changes in those skills, and the outcomes and credentials each reaches.
 * Import flags them on the skills (the inspector then offers Accept / Dismiss).
 */
export function UpdateList({ check, askFull, fullRelease, onFullRelease }: UpdateListProps) {
  const { updates } = check;
  const rest = [
    check.unchanged ? `${check.unchanged} unchanged` : '',
    check.upToDate ? `${check.upToDate} already at this release` : '',
    check.notInRelease ? `${check.notInRelease} not in this file` : '',
  ].filter(Boolean);
  return (
    <section className="imp-updates" aria-labelledby="imp-updates-title">
      <div className="imp-row">
        <strong id="imp-updates-title">Updates to skills in this map</strong>
        <span className="imp-count">
          {updates.length ? `${updates.length} of ${check.checked} mapped from ${check.frameworks.join(', ')} changed` : `none of the ${check.checked} skills mapped from ${check.frameworks.join(', ')} changed`}
          {rest.length ? ` · ${rest.join(' · ')}` : ''}
        </span>
      </div>
      {askFull && (
        <label className="imp-full">
          <input type="checkbox" checked={fullRelease} onChange={(e) => onFullRelease(e.target.checked)} /> This file is the framework’s full release (skills it lacks were removed)
        </label>
      )}
      {updates.length > 0 && (
        <>
          {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
          <ul tabIndex={0} aria-label="Updates by skill">
            {updates.slice(0, SHOWN).map((u) => (
              <li key={u.skillId}>
                <span className={`imp-change imp-change--${u.update.change}`}>{CHANGE_LABEL[u.update.change]}</span>{' '}
                <span>
                  “{u.statement}” — {describeUpdate(u.update)}
                  <span className="imp-reach">
                    {u.outcomes.length ? ` · outcomes: ${names(u.outcomes)}` : ' · no outcome'}
                    {u.credentials.length ? ` · credentials: ${names(u.credentials)}` : ''}
                  </span>
                </span>
              </li>
            ))}
            {updates.length > SHOWN && <li>… and {updates.length - SHOWN} more</li>}
          </ul>
          <p className="imp-note">Import flags these on the skills; accept or dismiss each in the skill’s inspector. Until then readiness warns “framework changed since mapped”.</p>
        </>
      )}
    </section>
  );
}

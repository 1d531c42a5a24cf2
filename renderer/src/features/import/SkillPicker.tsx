import { useMemo, useState } from 'react';
import { matchesSelect, type ImportedSkill } from '../../../../shared/import';

const ROW_HEIGHT = 28;
const VIEW_HEIGHT = 280;
const OVERSCAN = 8;

export interface SkillPickerProps {
  skills: readonly ImportedSkill[];
  selected: ReadonlySet<number>;
  onChange: (next: Set<number>) => void;
}

/**
 * The list of parsed skills to pick from: search, select or clear what is shown, select a
 * whole group. Virtualised (only the rows in view are in the DOM) so 14,000 rows stay smooth.
 */
export function SkillPicker({ skills, selected, onChange }: SkillPickerProps) {
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const [group, setGroup] = useState('');
  const shown = useMemo(() => skills.map((_, i) => i).filter((i) => matchesSelect(skills[i]!, query)), [skills, query]);
  const groups = useMemo(() => [...new Set(skills.map((s) => s.group ?? s.skillType))].sort(), [skills]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);

  const setMany = (indexes: readonly number[], on: boolean) => {
    const next = new Set(selected);
    for (const i of indexes) {
      if (on) next.add(i);
      else next.delete(i);
    }
    onChange(next);
  };
  const toggle = (i: number) => setMany([i], !selected.has(i));

  return (
    <section className="imp-picker" aria-label="Skills to import">
      <div className="imp-row">
        <input type="search" className="imp-search" placeholder="Search labels, codes, groups" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Search skills" />
        <button type="button" className="fs-button fs-button--small" onClick={() => setMany(shown, true)}>
          Select shown ({shown.length})
        </button>
        <button type="button" className="fs-button fs-button--small" onClick={() => setMany(shown, false)}>
          Clear shown
        </button>
      </div>
      <div className="imp-row">
        <select value={group} onChange={(e) => setGroup(e.target.value)} aria-label="Group">
          <option value="">Choose a group…</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
        <button type="button" className="fs-button fs-button--small" disabled={!group} onClick={() => setMany(skills.flatMap((s, i) => ((s.group ?? s.skillType) === group ? [i] : [])), true)}>
          Select group
        </button>
        <span className="imp-count">
          {selected.size} of {skills.length} selected
        </span>
      </div>
      <div className="imp-list" style={{ height: VIEW_HEIGHT }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} role="list">
        <div style={{ height: shown.length * ROW_HEIGHT, position: 'relative' }}>
          {shown.slice(first, last).map((i, k) => {
            const s = skills[i]!;
            return (
              <label key={i} className="imp-item" role="listitem" style={{ top: (first + k) * ROW_HEIGHT, height: ROW_HEIGHT }}>
                <input type="checkbox" checked={selected.has(i)} onChange={() => toggle(i)} />
                <span className="imp-item__label">{s.statement}</span>
                <span className="imp-item__meta">{[s.source?.code, s.group ?? s.skillType, s.obsolete ? 'obsolete' : ''].filter(Boolean).join(' · ')}</span>
              </label>
            );
          })}
        </div>
      </div>
    </section>
  );
}

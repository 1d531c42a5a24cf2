import type { KeyboardEvent } from 'react';
import { formatTime } from '../files/messages';
import { NOW, type Point } from './model/comparison';
import { pinText, type RevisionRow } from './model/rows';

interface RevisionListProps {
  rows: readonly RevisionRow[];
  picked: readonly Point[];
  onToggle(point: Point): void;
}

/** Arrow keys, Home and End move between the rows' checkboxes (Tab still walks every control). */
function onArrows(e: KeyboardEvent<HTMLOListElement>) {
  const boxes = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const at = boxes.indexOf(document.activeElement as HTMLInputElement);
  if (at < 0) return;
  const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? boxes.length - 1 : -1;
  if (next < 0 || next >= boxes.length || next === at) return;
  e.preventDefault();
  boxes[next]?.focus();
}

/** "Now" and every named revision, newest first; each can be picked for the comparison. */
export function RevisionList({ rows, picked, onToggle }: RevisionListProps) {
  return (
    <ol className="rv-list" aria-label="Named revisions, newest first" onKeyDown={onArrows}>
      <li className={`rv-row rv-row--now${picked.includes(NOW) ? ' is-picked' : ''}`}>
        <label className="rv-row__pick">
          <input type="checkbox" checked={picked.includes(NOW)} onChange={() => onToggle(NOW)} aria-describedby="rv-now-meta" />
          <span className="rv-row__name">Now</span>
        </label>
        <span id="rv-now-meta" className="rv-row__meta">
          The map as it is, unsaved edits included
        </span>
      </li>
      {rows.map((r) => {
        const metaId = `rv-meta-${r.id}`;
        return (
          <li key={r.id} className={`rv-row${picked.includes(r.id) ? ' is-picked' : ''}`} data-testid="revision-row" data-revision={r.id}>
            <label className="rv-row__pick">
              <input type="checkbox" checked={picked.includes(r.id)} onChange={() => onToggle(r.id)} aria-describedby={metaId} />
              <span className="rv-row__name">{r.name}</span>
            </label>
            <span id={metaId} className="rv-row__meta">
              {r.author} · <time dateTime={r.at}>{formatTime(r.at)}</time>
              {r.approvedBy.map((p) => (
                <span key={p.approval} className="rv-approved" title={pinText(p)}>
                  <span className="rv-approved__badge">Approved</span>
                  <span className="rv-approved__text">{p.body ? `by ${p.body}` : p.credential}</span>
                </span>
              ))}
            </span>
          </li>
        );
      })}
      {rows.length === 0 ? <li className="rv-list__empty">No named revisions yet. Map ▸ Mark Revision… takes one.</li> : null}
    </ol>
  );
}

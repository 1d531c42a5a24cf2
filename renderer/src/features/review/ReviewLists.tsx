import { useId } from 'react';
import type { McredDocument } from '../../../../shared/model';
import { formatTime } from '../files/messages';
import { importHistory, personName, UNPLACED_KIND, unplacedByReview } from './reviewModel';
import { plural } from './words';

/** What reviewers wrote that no field could take, per review: always listed, never dropped. */
export function NotPlaced({ doc }: { doc: McredDocument }) {
  const groups = unplacedByReview(doc);
  const headingId = useId();
  if (!groups.length) return null;
  return (
    <section className="rw-section" aria-labelledby={headingId} data-testid="review-unplaced">
      <h3 id={headingId} className="rw-section__title">
        Not placed ({groups.reduce((n, g) => n + g.items.length, 0)})
      </h3>
      <p className="rw-section__hint">These belong to no field of the map. Read them and make any change by hand.</p>
      {groups.map(({ review, items }) => (
        <div key={review.id} className="rw-unplaced">
          <p className="rw-unplaced__from">From {review.file}</p>
          <ul className="rw-unplaced__list">
            {items.map((u, i) => (
              <li key={i} className="rw-unplaced__item" data-testid="unplaced-item">
                <span className="rw-unplaced__meta">
                  <strong>{UNPLACED_KIND[u.kind]}</strong>
                  {u.author && <> · {u.author}</>}
                  {u.where && <> · {u.where}</>}
                </span>
                <span className="rw-unplaced__text">{u.text || '(no text)'}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Who imported which review copy, when, and what it held. */
export function ImportHistory({ doc }: { doc: McredDocument }) {
  const imports = importHistory(doc);
  const headingId = useId();
  if (!imports.length) return null;
  return (
    <section className="rw-section" aria-labelledby={headingId} data-testid="review-imports">
      <h3 id={headingId} className="rw-section__title">
        Imports
      </h3>
      <ul className="rw-imports">
        {imports.map((r) => (
          <li key={r.id} className="rw-imports__item">
            <span className="rw-imports__file">{r.file}</span>
            <span className="rw-imports__meta">
              {personName(doc, r.importedBy)} · <time dateTime={r.at}>{formatTime(r.at)}</time>
            </span>
            <span className="rw-imports__meta">
              {plural(r.counts.changes, 'change')}, {plural(r.counts.comments, 'comment')}, {r.counts.unplaced} not placed
              {r.reviewers.length > 0 && <> · by {r.reviewers.map((p) => personName(doc, p)).join(', ')}</>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useMemo } from 'react';
import { diffWords } from '../../../../shared/export/diff';

/**
 * A word diff of `before` → `after`. Insertions are underlined and deletions struck
 * through (not colour alone), and each says "inserted" / "deleted" to screen readers,
 * which do not announce <ins> and <del> by themselves.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  if (!parts.length) return <p className="rw-diff rw-diff--empty">(empty)</p>;
  return (
    <p className="rw-diff">
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'insert' ? (
          <ins key={i} className="rw-ins">
            <span className="visually-hidden">[inserted: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i} className="rw-del">
            <span className="visually-hidden">[deleted: </span>
            {p.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}

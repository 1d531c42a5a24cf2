import { moreProblems, type LoadProblem } from '../../../../shared/format';

export interface LoadProblemsProps {
  path: string;
  problems: readonly LoadProblem[];
  /** Problems found beyond those listed (the loader stops listing after a few hundred). */
  more?: number;
  /** Inside a dialog that already has the title: no heading, no panel of its own. */
  embedded?: boolean;
}

/** Where in the file a problem is, in words: JSON path and line/column when known. */
function where(p: LoadProblem): string | null {
  const parts: string[] = [];
  if (p.path) parts.push(p.path);
  if (p.line !== undefined) parts.push(p.column !== undefined ? `line ${p.line}, column ${p.column}` : `line ${p.line}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Shown instead of the map when a file cannot be opened: every problem, with where it is. */
export function LoadProblems({ path, problems, more, embedded }: LoadProblemsProps) {
  const count = problems.length + (more ?? 0);
  const unlisted = moreProblems(more);
  const body = (
    <>
      <p className="file-path">{path}</p>
      <p>
        {count === 1 ? 'One problem was found' : `${count.toLocaleString('en-GB')} problems were found`}. The file has not been changed.
      </p>
      <ol className="problem-list">
        {problems.map((p, i) => {
          const at = where(p);
          return (
            <li key={i} className="problem">
              <span className="problem-message">{p.message}</span>
              <span className="problem-where">
                {at && <span>{at}</span>}
                <code className="problem-code">{p.code}</code>
              </span>
            </li>
          );
        })}
      </ol>
      {unlisted && <p className="problem-more">…{unlisted}.</p>}
    </>
  );
  if (embedded) return <div role="alert">{body}</div>;
  return (
    <section className="panel panel-error" role="alert" aria-labelledby="load-problems-title">
      <h1 id="load-problems-title">This file could not be opened</h1>
      {body}
    </section>
  );
}

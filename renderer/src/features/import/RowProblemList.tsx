/** Rows shown by line; the rest are counted ("… and 12 more"). */
const MAX_PROBLEMS_SHOWN = 50;

/**
 * The rows of a table that could not be read, by line, as the skills import, Paste rows and
 * Import Job Postings list them. The list scrolls when long and is focusable, so the
 * keyboard can scroll it too. `total` counts problems that were not kept.
 */
export function RowProblemList({ problems, total = problems.length, label }: { problems: readonly { line: number; message: string }[]; total?: number; label: string }) {
  return (
    <ul tabIndex={0} aria-label={label}>
      {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => (
        <li key={`${p.line}-${p.message}`}>
          line {p.line}: {p.message}
        </li>
      ))}
      {total > MAX_PROBLEMS_SHOWN && <li>… and {total - MAX_PROBLEMS_SHOWN} more</li>}
    </ul>
  );
}

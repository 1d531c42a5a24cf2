import type { EvidenceResult } from '../../../../shared/evidence';

const share = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');

/** Skill, postings, share, top employers and the first matching posting's words. */
export function ResultsTable({ result }: { result: EvidenceResult }) {
  return (
    <div className="ev-results" tabIndex={0} role="region" aria-label="Postings per skill">
      <table>
        <caption className="ev-sr">Postings naming each skill of the map</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col" className="ev-num">Postings</th>
            <th scope="col" className="ev-num">Share</th>
            <th scope="col">Top employers</th>
            <th scope="col">Example match</th>
          </tr>
        </thead>
        <tbody>
          {result.skills.map((s) => (
            <tr key={s.skill} data-testid={`evidence-row-${s.skill}`}>
              <th scope="row">{s.label}</th>
              <td className="ev-num">{s.postings.toLocaleString('en')}</td>
              <td className="ev-num">{share(s.postings, result.postings)}</td>
              <td>{s.employers.slice(0, 3).map((e) => `${e.name} (${e.postings})`).join(', ')}</td>
              <td className="ev-example">
                {s.example ? (
                  <>
                    <q>{s.example.phrase}</q> — line {s.example.line}: {s.example.snippet}
                  </>
                ) : (
                  <span className="ev-muted">no posting names it</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Skills in demand that no outcome addresses, and frequent phrases that are no skill. */
export function NotInMap({ result }: { result: EvidenceResult }) {
  const uncovered = result.skills.filter((s) => s.postings > 0 && !s.covered);
  if (!uncovered.length && !result.phrases.length) return null;
  return (
    <section className="ev-gaps" aria-label="In demand, not in the map">
      <h3>In demand, not in the map</h3>
      {uncovered.length > 0 && (
        <>
          <p>Skills of the map that postings ask for but no outcome addresses:</p>
          <ul>
            {uncovered.map((s) => (
              <li key={s.skill}>
                {s.label} ({s.postings} postings)
              </li>
            ))}
          </ul>
        </>
      )}
      {result.phrases.length > 0 && (
        <>
          <p>Frequent phrases of the postings that are no skill&apos;s name{result.phrasesApproximate ? ' (rare phrases were dropped; counts are at least these)' : ''}:</p>
          <ul className="ev-phrases">
            {result.phrases.map((p) => (
              <li key={p.name}>
                {p.name} ({p.postings})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

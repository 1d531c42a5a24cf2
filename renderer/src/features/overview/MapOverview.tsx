import type { DocumentSource } from '../../../../shared/ipc';
import { ENTITY_KINDS, type McredDocument } from '../../../../shared/model';
import { countEntitiesByKind, credentialsOf, formatCredits, KIND_LABELS } from './summary';

export interface MapOverviewProps {
  doc: McredDocument;
  source: DocumentSource;
}

/** A read-only summary of the open map: what it is, what it contains, which credentials it defines. */
export function MapOverview({ doc, source }: MapOverviewProps) {
  const counts = countEntitiesByKind(doc);
  const credentials = credentialsOf(doc);
  return (
    <article className="overview">
      <header className="overview-header">
        <h1 className="map-title">{doc.settings.title}</h1>
        {doc.settings.institution && <p className="map-institution">{doc.settings.institution}</p>}
        <p className="map-source" data-testid="map-source">
          {source.kind === 'example' ? (
            <span className="badge">Built-in example</span>
          ) : (
            <span className="file-path">{source.path}</span>
          )}
        </p>
      </header>

      <section className="panel" aria-labelledby="counts-title">
        <h2 id="counts-title">Contents</h2>
        <dl className="counts">
          {ENTITY_KINDS.map((kind) => (
            <div key={kind} className="count">
              <dt>{KIND_LABELS[kind]}</dt>
              <dd data-testid={`count-${kind}`}>{counts[kind]}</dd>
            </div>
          ))}
          <div className="count">
            <dt>Links</dt>
            <dd data-testid="count-link">{Object.keys(doc.links).length}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="credentials-title">
        <h2 id="credentials-title">Credentials</h2>
        {credentials.length === 0 ? (
          <p className="muted">This map has no credentials yet.</p>
        ) : (
          <table className="credentials">
            <thead>
              <tr>
                <th scope="col">Credential</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Credits</th>
                <th scope="col" className="num">Workload</th>
              </tr>
            </thead>
            <tbody>
              {credentials.map((c) => (
                <tr key={c.id} data-testid="credential-row">
                  <th scope="row">
                    {c.title}
                    {c.code && <span className="code">{c.code}</span>}
                  </th>
                  <td>
                    <span className={`status status-${c.status}`}>{c.status.replace('-', ' ')}</span>
                  </td>
                  <td className="num">{formatCredits(c.credits)}</td>
                  <td className="num">{c.workloadHours === undefined ? '—' : `${c.workloadHours} h`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

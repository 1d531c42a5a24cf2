import { useId, useState } from 'react';
import { planEvidence, POSTING_FIELD_LABEL, POSTING_FIELDS, type PostingField } from '../../../../shared/evidence';
import { useDoc, useDocumentStore } from '../../store';
import { Modal } from '../files/Modal';
import { NotInMap, ResultsTable } from './ResultsTable';
import { usePostings } from './usePostings';
import '../import/import.css';
import './evidence.css';
import { RowProblemList } from '../import/RowProblemList';
import { DialogButtons } from '../files/DialogButtons';


/**
 * Map ▸ Import Job Postings…: choose a CSV/TSV or JSON-lines export, check the columns,
 * name the labour market, count (in a worker, with progress), read the counts per skill
 * with an example match each, and record them with one Apply — one undoable change.
 */
export function EvidenceDialog({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const doc = useDoc((d) => d);
  const p = usePostings(doc);
  const [region, setRegion] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const regionId = useId();
  const c = p.counted;

  const apply = () => {
    if (!c || !p.file) return;
    const call = planEvidence(doc, c.result, { region, source: p.file.name });
    if (!call) return onClose();
    const n = c.result.skills.length;
    const why = store.dispatch(call, { label: `Record job postings evidence for ${n} skill${n === 1 ? '' : 's'}` });
    if (why) setRefusal(why.message);
    else onClose();
  };
  const setField = (field: PostingField, column: string) => {
    const next = { ...p.mapping };
    if (column) next[field] = column;
    else delete next[field];
    p.setMapping(next);
  };

  return (
    <Modal title="Import job postings" onCancel={onClose} wide>
      <div className="imp ev">
        <p className="ev-intro">Counts, for each skill of the map, the job postings that name it (by its label and other names), to record as its evidence of demand.</p>
        <div className="imp-row">
          <label>
            Postings file (CSV, TSV or JSON lines){' '}
            <input type="file" accept=".csv,.tsv,.txt,.jsonl,.ndjson,.json,text/csv,text/plain,application/json" data-autofocus onChange={(e) => e.target.files?.[0] && void p.choose(e.target.files[0])} />
          </label>
        </div>
        {p.preview?.error && (
          <p className="imp-error" role="alert">
            {p.preview.error}
          </p>
        )}
        {p.preview && !p.preview.error && (
          <>
            <section className="imp-mapping" aria-label="Columns">
              {POSTING_FIELDS.map((field) => (
                <label key={field}>
                  {POSTING_FIELD_LABEL[field]}
                  {field === 'text' ? ' (required)' : ''}{' '}
                  <select value={p.mapping[field] ?? ''} onChange={(e) => setField(field, e.target.value)}>
                    <option value="">—</option>
                    {p.preview!.header.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </section>
            {p.preview.rows.length > 0 && (
              <div className="imp-preview" tabIndex={0} role="region" aria-label="First rows">
                <table>
                  <thead>
                    <tr>
                      {POSTING_FIELDS.map((f) => (
                        <th key={f} scope="col">
                          {POSTING_FIELD_LABEL[f]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {p.preview.rows.map((row, i) => (
                      <tr key={i}>
                        {POSTING_FIELDS.map((f) => {
                          const col = p.mapping[f] ? p.preview!.header.indexOf(p.mapping[f]) : -1;
                          return <td key={f}>{col >= 0 ? row[col] : ''}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="imp-row">
              <label htmlFor={regionId}>Labour market</label>
              <input id={regionId} type="text" value={region} placeholder="e.g. Northfield metro" maxLength={200} onChange={(e) => setRegion(e.target.value)} />
              <button type="button" className="fs-button" disabled={!p.mapping.text || p.progress !== undefined} onClick={p.count}>
                Count postings
              </button>
            </div>
          </>
        )}
        {p.progress !== undefined && <progress className="imp-progress" value={p.progress} max={1} aria-label="Counting postings" />}
        {p.error && (
          <p className="imp-error" role="alert">
            {p.error}
          </p>
        )}
        {c && (
          <>
            <p className="ev-summary" role="status">
              {c.result.postings.toLocaleString('en')} postings
              {c.result.from ? `, ${c.result.from} to ${c.result.to}` : ''}
              {c.problemCount ? `; ${c.problemCount} row${c.problemCount === 1 ? '' : 's'} skipped` : ''}
            </p>
            {c.problems.length > 0 && (
              <section className="imp-problems" aria-label="Rows skipped">
                <RowProblemList problems={c.problems} total={c.problemCount} label="Rows skipped, by line" />
              </section>
            )}
            <ResultsTable result={c.result} />
            <NotInMap result={c.result} />
          </>
        )}
        {refusal && (
          <p className="imp-error" role="alert">
            Nothing was recorded: {refusal}
          </p>
        )}
        <DialogButtons action={{ label: `Apply to ${c?.result.skills.length ?? 0} skills`, onClick: apply, disabled: !c || c.result.skills.length === 0 }} onCancel={onClose} />
      </div>
    </Modal>
  );
}

import { useId, useMemo, useState } from 'react';
import { buildRowsPayload, guessRowMapping, parseRows, readTable, ROW_FIELDS, ROW_KINDS, type RowKind, type RowMapping } from '../../../../shared/import';
import { useDoc, useDocumentStore } from '../../store';
import { Modal } from '../files/Modal';
import './import.css';
import { RowProblemList } from './RowProblemList';
import { DialogButtons } from '../files/DialogButtons';

const KIND_WORDS: Readonly<Record<RowKind, { one: string; many: string }>> = {
  outcome: { one: 'learning outcome', many: 'learning outcomes' },
  assessment: { one: 'assessment', many: 'assessments' },
  activity: { one: 'learning activity', many: 'learning activities' },
};

/** Reads the pasted or loaded table as rows of `kind`, with the mapping the user chose (else the guess). */
function useRows(text: string, kind: RowKind, chosen: RowMapping | undefined) {
  return useMemo(() => {
    if (!text.trim()) return undefined;
    const table = readTable(text);
    const mapping = chosen ?? guessRowMapping(kind, table.header);
    return { table, mapping, result: parseRows(table, kind, mapping) };
  }, [text, kind, chosen]);
}

/**
 * Import ▸ Paste rows: outcomes, assessments or activities pasted from Excel (tab-separated)
 * or read from a CSV file, with the column of each field, the rows that cannot be read (by
 * line), and one Add that is ONE undoable change.
 */
export function RowImportDialog({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const doc = useDoc((d) => d);
  const [kind, setKind] = useState<RowKind>('outcome');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<RowMapping | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const rows = useRows(text, kind, chosen);
  const pasteId = useId();
  const ok = rows && !('error' in rows.result) ? rows.result : undefined;
  const words = KIND_WORDS[kind];

  const readFile = async (file: File) => {
    setChosen(undefined);
    setText(await file.text());
  };
  const add = () => {
    if (!ok || ok.rows.length === 0) return;
    const payload = buildRowsPayload(doc, ok.rows, Math.random);
    const n = payload.creates.length;
    const why = store.dispatch({ name: 'entity.import', payload }, { label: `Import ${n} ${n === 1 ? words.one : words.many}` });
    if (why) setRefusal(why.message);
    else onClose();
  };

  return (
    <Modal title="Import outcomes, assessments or activities" onCancel={onClose} wide>
      <div className="imp">
        <div className="imp-row">
          <label>
            Import{' '}
            <select value={kind} onChange={(e) => (setKind(e.target.value as RowKind), setChosen(undefined))} aria-label="What the rows are">
              {ROW_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_WORDS[k].many}
                </option>
              ))}
            </select>
          </label>
          <label>
            from a file <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])} />
          </label>
        </div>
        <label htmlFor={pasteId}>Or paste rows from Excel, with the header row first</label>
        <textarea id={pasteId} className="imp-paste" rows={6} value={text} onChange={(e) => (setText(e.target.value), setChosen(undefined))} data-autofocus spellCheck={false} />
        {rows && (
          <section className="imp-mapping" aria-label="Columns">
            {Object.entries(ROW_FIELDS[kind]).map(([field, spec]) => (
              <label key={field}>
                {spec.label}
                {spec.required ? ' (required)' : ''}{' '}
                <select value={rows.mapping[field] ?? ''} onChange={(e) => setChosen({ ...rows.mapping, [field]: e.target.value || undefined })}>
                  <option value="">—</option>
                  {rows.table.header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </section>
        )}
        {rows && 'error' in rows.result && (
          <p className="imp-error" role="alert">
            {rows.result.error[0]!.toUpperCase()}
            {rows.result.error.slice(1)}.
          </p>
        )}
        {ok && ok.problems.length > 0 && (
          <section className="imp-problems" aria-label="Rows that cannot be read">
            <strong>
              {ok.problems.length} row{ok.problems.length === 1 ? '' : 's'} cannot be read and will be left out
            </strong>
            <RowProblemList problems={ok.problems} label="Rows left out, by line" />
          </section>
        )}
        {refusal && (
          <p className="imp-error" role="alert">
            Nothing was imported: {refusal}
          </p>
        )}
        <DialogButtons action={{ label: `Add ${ok?.rows.length ?? 0} ${ok?.rows.length === 1 ? words.one : words.many}`, onClick: add, disabled: !ok || ok.rows.length === 0 }} onCancel={onClose} />
      </div>
    </Modal>
  );
}

import { useState } from 'react';
import { useRecordBinding } from '../hooks/recordBinding';
import type { FieldSpec } from '../model/fieldTypes';
import { valueAt } from '../model/paths';
import { FieldFrame, describedBy, fieldId } from './FieldFrame';

type ListSpec = FieldSpec & { input: { type: 'list' } };

/** A list of short names (employers): each shown with a remove button, new ones added below. */
export function ListField({ path, spec }: { path: string; spec: ListSpec }) {
  const binding = useRecordBinding();
  const raw = valueAt(binding.record, path);
  const items = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const id = fieldId(path);
  const noun = spec.input.itemLabel;

  const save = (next: readonly string[]) => binding.commit(path, next.length ? next : null, 'immediate');
  const add = () => {
    const name = text.trim();
    if (!name) return;
    if (items.some((i) => i.toLowerCase() === name.toLowerCase())) {
      setError(`“${name}” is already listed`);
      return;
    }
    const message = save([...items, name]);
    setError(message);
    if (!message) setText('');
  };
  const remove = (index: number) => setError(save(items.filter((_, i) => i !== index)));

  return (
    <FieldFrame recordId={binding.recordId} path={path} spec={spec} error={error}>
      {items.length ? (
        <ul className="insp-chips" aria-label={`Listed ${noun}s`}>
          {items.map((item, i) => (
            <li key={`${item}-${i}`} className="insp-chip">
              <span>{item}</span>
              <button type="button" className="insp-chip-remove" aria-label={`Remove ${noun} ${item}`} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="insp-list-add">
        <input
          id={id}
          className="insp-input"
          type="text"
          value={text}
          placeholder={`Add ${noun}…`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, spec, error)}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="insp-button" onClick={add} disabled={!text.trim()}>
          Add
        </button>
      </div>
    </FieldFrame>
  );
}

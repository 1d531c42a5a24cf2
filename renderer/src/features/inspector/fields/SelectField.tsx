import { useState } from 'react';
import { useRecordBinding } from '../hooks/recordBinding';
import type { FieldSpec } from '../model/fieldTypes';
import { valueAt } from '../model/paths';
import { FieldFrame, describedBy, fieldId } from './FieldFrame';

type SelectSpec = FieldSpec & { input: { type: 'select' } };

interface SelectFieldProps {
  path: string;
  spec: SelectSpec;
  /** Overrides the descriptor's wording of "no value", e.g. with the derived Bloom level. */
  emptyLabel?: string;
}

/** A choice from a list; commits at once. Optional fields offer "not stated" (clears). */
export function SelectField({ path, spec, emptyLabel }: SelectFieldProps) {
  const binding = useRecordBinding();
  const raw = valueAt(binding.record, path);
  const [error, setError] = useState<string>();
  const id = fieldId(path);
  const { options, numeric } = spec.input;
  const current = raw === undefined ? '' : String(raw);
  const known = current === '' || options.some((o) => o.value === current);
  const onChange = (text: string) => {
    const value = text === '' ? null : numeric ? Number(text) : text;
    setError(binding.commit(path, value, 'immediate'));
  };
  return (
    <FieldFrame recordId={binding.recordId} path={path} spec={spec} error={error}>
      <select
        id={id}
        className="insp-input insp-select"
        value={current}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, spec, error)}
        aria-required={spec.required || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {!spec.required || current === '' ? <option value="">{emptyLabel ?? spec.input.emptyLabel ?? 'Not stated'}</option> : null}
        {known ? null : <option value={current}>{current}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

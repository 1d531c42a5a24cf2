import { useState } from 'react';
import { useRecordBinding } from '../hooks/recordBinding';
import type { FieldSpec } from '../model/fieldTypes';
import { valueAt } from '../model/paths';
import { FieldFrame, fieldId } from './FieldFrame';

type CheckboxesSpec = FieldSpec & { input: { type: 'checkboxes' } };

/** Several choices; each tick commits at once, in the list's order. */
export function CheckboxesField({ path, spec }: { path: string; spec: CheckboxesSpec }) {
  const binding = useRecordBinding();
  const raw = valueAt(binding.record, path);
  const chosen = new Set(Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : []);
  const [error, setError] = useState<string>();
  const id = fieldId(path);
  const toggle = (value: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    const ordered = spec.input.options.map((o) => o.value).filter((v) => next.has(v));
    const extra = [...next].filter((v) => !spec.input.options.some((o) => o.value === v));
    const list = [...ordered, ...extra];
    setError(binding.commit(path, list.length || spec.input.keepEmpty ? list : null, 'immediate'));
  };
  return (
    <FieldFrame recordId={binding.recordId} path={path} spec={spec} error={error} group>
      <div className={spec.input.options.some((o) => o.label.length > 16) ? 'insp-checks insp-checks-wide' : 'insp-checks'} id={id} aria-describedby={error ? `${id}-error` : undefined}>
        {spec.input.options.map((o) => (
          <label key={o.value} className="insp-check">
            <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </FieldFrame>
  );
}

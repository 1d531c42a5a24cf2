import { useCallback } from 'react';
import { useFieldDraft, type Parsed } from '../hooks/useFieldDraft';
import { useRecordBinding, type CommitMode } from '../hooks/recordBinding';
import type { FieldSpec } from '../model/fieldTypes';
import { valueAt } from '../model/paths';
import { FieldFrame, describedBy, fieldId } from './FieldFrame';

const formatText = (v: string | undefined) => v ?? '';

/** A one-line or multi-line text field; empty clears an optional field. */
export function TextField({ path, spec }: { path: string; spec: FieldSpec & { input: { type: 'text' } } }) {
  const binding = useRecordBinding();
  const raw = valueAt(binding.record, path);
  const value = typeof raw === 'string' ? raw : undefined;
  const parse = useCallback((t: string): Parsed<string> => ({ ok: true, value: t.trim() === '' && !spec.required ? null : t }), [spec.required]);
  const commit = useCallback((v: string | null, mode: CommitMode) => binding.commit(path, v, mode), [binding, path]);
  const draft = useFieldDraft(value, formatText, parse, commit);
  const id = fieldId(path);
  const common = {
    id,
    className: 'insp-input',
    value: draft.text,
    placeholder: spec.input.placeholder,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': describedBy(id, spec, draft.error),
    'aria-required': spec.required || undefined,
    onFocus: draft.onFocus,
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
  };
  return (
    <FieldFrame recordId={binding.recordId} path={path} spec={spec} error={draft.error}>
      {spec.input.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => draft.setText(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => draft.setText(e.target.value)} />
      )}
    </FieldFrame>
  );
}

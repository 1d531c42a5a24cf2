import { useCallback, type ReactNode } from 'react';
import { useFieldDraft, type Parsed } from '../hooks/useFieldDraft';
import { useRecordBinding, type CommitMode } from '../hooks/recordBinding';
import type { FieldSpec } from '../model/fieldTypes';
import { capitalise } from '../model/messages';
import { formatNumberInput, parseNumberInput } from '../model/numbers';
import { valueAt } from '../model/paths';
import { FieldFrame, describedBy, fieldId } from './FieldFrame';

type NumberSpec = FieldSpec & { input: { type: 'number' } };

interface NumberFieldProps {
  path: string;
  spec: NumberSpec;
  /** Overrides the descriptor's unit, e.g. the credit unit of the program at the link's end. */
  unit?: string;
  note?: (value: number | undefined) => ReactNode;
}

/** A number with its unit beside it; text that is not a number stays, with a message. */
export function NumberField({ path, spec, unit, note }: NumberFieldProps) {
  const binding = useRecordBinding();
  const raw = valueAt(binding.record, path);
  const value = typeof raw === 'number' ? raw : undefined;
  const integer = spec.input.integer === true;
  const parse = useCallback((t: string): Parsed<number> => {
    const p = parseNumberInput(t, { integer });
    if (p.kind === 'invalid') return { ok: false, message: capitalise(p.message) };
    return { ok: true, value: p.kind === 'number' ? p.value : null };
  }, [integer]);
  const commit = useCallback((v: number | null, mode: CommitMode) => binding.commit(path, v, mode), [binding, path]);
  const draft = useFieldDraft(value, formatNumberInput, parse, commit);
  const id = fieldId(path);
  const shownUnit = unit ?? spec.input.unit;
  return (
    <FieldFrame recordId={binding.recordId} path={path} spec={spec} error={draft.error} note={note?.(value)}>
      <div className="insp-with-unit">
        <input
          id={id}
          className="insp-input insp-number"
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={draft.text}
          placeholder={spec.input.placeholder}
          aria-invalid={draft.error ? true : undefined}
          aria-describedby={[describedBy(id, spec, draft.error), `${id}-unit`].filter(Boolean).join(' ')}
          aria-required={spec.required || undefined}
          onChange={(e) => draft.setText(e.target.value)}
          onFocus={draft.onFocus}
          onBlur={draft.onBlur}
          onKeyDown={draft.onKeyDown}
        />
        <span className="insp-unit" id={`${id}-unit`}>
          {shownUnit}
        </span>
      </div>
    </FieldFrame>
  );
}

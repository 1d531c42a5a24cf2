import type { ReactNode } from 'react';
import type { FieldSpec } from '../model/fieldTypes';
import { fieldEditedText } from '../model/stamps';
import { useFieldStamp } from '../hooks/useStamps';

/** The DOM id of a field's input; one record is shown at a time, so the path is enough. */
export function fieldId(path: string): string {
  return `insp-${path.replace(/\./g, '-')}`;
}

/** aria-describedby for an input: its hint and its message, when shown. */
export function describedBy(id: string, spec: FieldSpec, error: string | undefined): string | undefined {
  const ids = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldFrameProps {
  recordId: string;
  path: string;
  spec: FieldSpec;
  error: string | undefined;
  /** Under the input: a derived fact such as the hours a credit value stands for. */
  note?: ReactNode;
  /** Checkbox groups are a fieldset with a legend rather than a label. */
  group?: boolean;
  children: ReactNode;
}

/** Label, required marker, hint, input, derived note and inline message of one field. */
export function FieldFrame({ recordId, path, spec, error, note, group, children }: FieldFrameProps) {
  const id = fieldId(path);
  const edited = useFieldStamp(recordId, path);
  const title = edited ? fieldEditedText(edited) : undefined;
  // The marker sits beside the label, not in it, so the label names the field alone;
  // assistive technology hears "required" from aria-required on the input.
  const marker = spec.required ? (
    <span className="insp-required" aria-hidden="true">
      required
    </span>
  ) : null;
  const body = (
    <>
      {spec.hint ? (
        <p className="insp-hint" id={`${id}-hint`}>
          {spec.hint}
        </p>
      ) : null}
      {children}
      {note ? <p className="insp-note">{note}</p> : null}
      {error ? (
        <p className="insp-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
  if (group) {
    return (
      <fieldset className="insp-field insp-fieldset" title={title} data-field={path}>
        <legend className="insp-label">
          <span className="insp-label-text">{spec.label}</span>
          {marker}
        </legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className={error ? 'insp-field insp-field-invalid' : 'insp-field'} data-field={path}>
      <div className="insp-label">
        <label className="insp-label-text" htmlFor={id} title={title}>
          {spec.label}
        </label>
        {marker}
      </div>
      {body}
    </div>
  );
}

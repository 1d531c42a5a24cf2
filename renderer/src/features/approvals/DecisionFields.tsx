import { useId } from 'react';

interface DecisionFieldsProps {
  body: string;
  onBody(v: string): void;
  conditions: string;
  onConditions(v: string): void;
  minute: string;
  onMinute(v: string): void;
  /** The field the last attempt was refused for. */
  invalid?: string;
  /** The dialog's error message, which describes the invalid field. */
  errorId: string;
}

/** What a decision records: which body took it (required), its conditions and the minute reference. */
export function DecisionFields({ body, onBody, conditions, onConditions, minute, onMinute, invalid, errorId }: DecisionFieldsProps) {
  const id = useId();
  const describe = (field: string) => (invalid === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
  return (
    <div className="ap-decision">
      <div className="fs-field">
        <label className="fs-field__label" htmlFor={`${id}-body`}>
          Body <span className="ap-required">required</span>
        </label>
        <input id={`${id}-body`} className="fs-input ap-text" value={body} onChange={(e) => onBody(e.target.value)} placeholder="e.g. University Curriculum Committee" maxLength={300} required aria-required data-field="body" autoComplete="off" {...describe('body')} />
      </div>
      <div className="fs-field">
        <label className="fs-field__label" htmlFor={`${id}-minute`}>
          Minute reference <span className="ap-optional">optional</span>
        </label>
        <input id={`${id}-minute`} className="fs-input ap-text" value={minute} onChange={(e) => onMinute(e.target.value)} placeholder="e.g. UCC 2026/14, item 7" maxLength={200} data-field="minute" autoComplete="off" {...describe('minute')} />
      </div>
      <div className="fs-field ap-decision__wide">
        <label className="fs-field__label" htmlFor={`${id}-conditions`}>
          Conditions <span className="ap-optional">optional</span>
        </label>
        <textarea id={`${id}-conditions`} className="fs-input ap-text ap-textarea" value={conditions} onChange={(e) => onConditions(e.target.value)} rows={3} maxLength={5_000} data-field="conditions" {...describe('conditions')} />
      </div>
    </div>
  );
}

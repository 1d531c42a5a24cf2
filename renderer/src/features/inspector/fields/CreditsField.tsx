import { useCallback, useState } from 'react';
import { CreditUnit, Credits, type McredDocument } from '../../../../../shared/model';
import { useDoc } from '../../../store';
import { useFieldDraft, type Parsed } from '../hooks/useFieldDraft';
import { useRecordBinding, type CommitMode } from '../hooks/recordBinding';
import type { FieldSpec } from '../model/fieldTypes';
import { capitalise } from '../model/messages';
import { formatNumberInput, parseNumberInput } from '../model/numbers';
import { valueAt } from '../model/paths';
import { creditsText } from '../model/units';
import { CREDIT_UNIT_OPTIONS } from '../model/vocabLabels';
import { FieldFrame, describedBy, fieldId } from './FieldFrame';

const selectSettings = (d: McredDocument) => d.settings;

function asCredits(raw: unknown): Credits | undefined {
  const parsed = Credits.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A credit value and its unit, always together (12 US credit hours is not 12 ECTS), with
 * what it amounts to in hours underneath. Empty value clears the credits.
 */
export function CreditsField({ path, spec }: { path: string; spec: FieldSpec }) {
  const binding = useRecordBinding();
  const settings = useDoc(selectSettings);
  const credits = asCredits(valueAt(binding.record, path));
  const [chosenUnit, setChosenUnit] = useState<CreditUnit>();
  const unit = credits?.unit ?? chosenUnit ?? settings.creditUnit;
  const [unitError, setUnitError] = useState<string>();

  const parse = useCallback((t: string): Parsed<number> => {
    const p = parseNumberInput(t);
    if (p.kind === 'invalid') return { ok: false, message: capitalise(p.message) };
    return { ok: true, value: p.kind === 'number' ? p.value : null };
  }, []);
  const commit = (v: number | null, mode: CommitMode) => binding.commit(path, v === null ? null : { value: v, unit }, mode);
  const draft = useFieldDraft(credits?.value, formatNumberInput, parse, commit);

  const changeUnit = (text: string) => {
    const parsed = CreditUnit.safeParse(text);
    if (!parsed.success) return;
    const next = parsed.data;
    setChosenUnit(next);
    setUnitError(credits ? binding.commit(path, { value: credits.value, unit: next }, 'immediate') : undefined);
  };

  const id = fieldId(path);
  const error = draft.error ?? unitError;
  return (
    <FieldFrame recordId={binding.recordId} path={path} spec={spec} error={error} note={credits ? creditsText(credits, settings) : undefined}>
      <div className="insp-with-unit">
        <input
          id={id}
          className="insp-input insp-number"
          type="text"
          inputMode="decimal"
          value={draft.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, spec, error)}
          onChange={(e) => draft.setText(e.target.value)}
          onFocus={draft.onFocus}
          onBlur={draft.onBlur}
          onKeyDown={draft.onKeyDown}
        />
        <select
          className="insp-input insp-select insp-unit-select"
          aria-label="Credit unit"
          value={unit}
          onChange={(e) => changeUnit(e.target.value)}
        >
          {CREDIT_UNIT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

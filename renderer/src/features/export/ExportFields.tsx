import { useId } from 'react';
import { PAPER_LABELS, PAPER_SIZES, paperFor, type PaperSize } from '../../../../shared/export/locale';
import type { ProfileId } from '../../../../shared/model';
import type { FormatOption } from './exportOptions';
import { CATALOGUE_SCOPES, FORMAT_OPTIONS, NO_APPROVED_CREDENTIAL, type CatalogueScope, type ExportFormatId } from './exportOptions';

const PROFILE_LABELS: Record<ProfileId, string> = {
  'eu-2022': 'EU Council Recommendation 2022 (Annex I)',
  'unesco-2022': 'UNESCO definition (2022)',
  nzqa: 'NZQA micro-credentials',
  'au-nmf': 'Australia, National Microcredentials Framework',
  'us-credit-hours': 'US credit-hour practice',
  house: 'Institutional rules',
};
export const PROFILE_IDS = Object.keys(PROFILE_LABELS) as ProfileId[];

export interface Choice {
  id: string;
  label: string;
  /** How the catalogue marks a credential that is not approved or published ("Retired — no longer offered"); none when it is. */
  mark?: string | undefined;
}

export function FormatField({ value, onChange }: { value: ExportFormatId; onChange: (f: ExportFormatId) => void }) {
  return (
    <fieldset className="ex-fieldset">
      <legend className="ex-legend">Format</legend>
      <div className="ex-formats">
        {FORMAT_OPTIONS.map((f) => (
          <label key={f.id} className={`ex-format${f.id === value ? ' ex-format--on' : ''}`}>
            <input type="radio" name="ex-format" value={f.id} checked={f.id === value} onChange={() => onChange(f.id)} />
            <span className="ex-format__label">{f.label}</span>
            <span className="ex-format__hint">{f.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface CredentialProps {
  format: FormatOption;
  credentials: readonly Choice[];
  one: string;
  many: ReadonlySet<string>;
  onOne: (id: string) => void;
  onMany: (ids: Set<string>) => void;
}

export function CredentialField({ format, credentials, one, many, onOne, onMany }: CredentialProps) {
  const id = useId();
  if (!format.many) {
    return (
      <div className="fs-field">
        <label className="fs-field__label" htmlFor={id}>
          Micro-credential
        </label>
        <select id={id} className="fs-input" value={one} onChange={(e) => onOne(e.target.value)}>
          {credentials.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const toggle = (id: string, on: boolean) => {
    const next = new Set(many);
    if (on) next.add(id);
    else next.delete(id);
    onMany(next);
  };
  return (
    <fieldset className="ex-fieldset">
      <legend className="ex-legend">Micro-credentials in the catalogue</legend>
      {credentials.length === 0 ? (
        <p className="ex-scope-empty" role="note">
          {NO_APPROVED_CREDENTIAL}
        </p>
      ) : null}
      <div className="ex-checks">
        {credentials.map((c) => (
          <label key={c.id} className="ex-check">
            <input type="checkbox" checked={many.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.label}
            {c.mark ? <span className="ex-draft">{c.mark}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Word catalogue: which credentials by status. */
export function CatalogueScopeField({ value, onChange }: { value: CatalogueScope; onChange: (s: CatalogueScope) => void }) {
  return (
    <fieldset className="ex-fieldset">
      <legend className="ex-legend">Catalogue scope</legend>
      <div className="ex-checks">
        {CATALOGUE_SCOPES.map((s) => (
          <label key={s.id} className="ex-check">
            <input type="radio" name="ex-catalogue-scope" value={s.id} checked={s.id === value} onChange={() => onChange(s.id)} />
            {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ProfilesField({ value, onChange }: { value: ReadonlySet<ProfileId>; onChange: (p: Set<ProfileId>) => void }) {
  const toggle = (id: ProfileId, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="ex-fieldset">
      <legend className="ex-legend">Accreditation profiles</legend>
      <div className="ex-checks ex-checks--two">
        {PROFILE_IDS.map((id) => (
          <label key={id} className="ex-check">
            <input type="checkbox" checked={value.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
            {PROFILE_LABELS[id]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function RevisionField({ revisions, value, onChange }: { revisions: readonly Choice[]; value: string; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="fs-field">
      <label className="fs-field__label" htmlFor={id}>
        Show changes since
      </label>
      <select id={id} className="fs-input" value={value} onChange={(e) => onChange(e.target.value)} disabled={revisions.length === 0}>
        <option value="">No tracked changes</option>
        {revisions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Paper size of a Word export: automatic (from the map's country) or chosen. */
export function PaperField({ country, value, onChange }: { country: string | undefined; value: PaperSize | ''; onChange: (p: PaperSize | '') => void }) {
  const id = useId();
  const auto = PAPER_LABELS[paperFor(country)];
  return (
    <div className="fs-field">
      <label className="fs-field__label" htmlFor={id}>
        Paper
      </label>
      <select id={id} className="fs-input" value={value} onChange={(e) => onChange(e.target.value as PaperSize | '')}>
        <option value="">{country?.trim() ? `${auto}, as usual in ${country.trim()}` : `${auto} (no country set for the map)`}</option>
        {PAPER_SIZES.map((p) => (
          <option key={p} value={p}>
            {PAPER_LABELS[p]}
          </option>
        ))}
      </select>
    </div>
  );
}

import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from '../../../../shared/import';

export interface MappingPreviewProps {
  columns: readonly string[];
  preview: readonly (readonly string[])[];
  /** Present (and editable) for generic CSV only. */
  mapping?: ColumnMapping;
  onMappingChange?: (next: ColumnMapping) => void;
}

const FIELD_LABEL: Readonly<Record<MappableField, string>> = {
  statement: 'Statement',
  description: 'Description',
  code: 'Code',
  uri: 'URI',
  framework: 'Framework',
  skillType: 'Skill type',
  importance: 'Importance',
  group: 'Group',
};

/** The first rows of the file under their columns, with a field picker per column for generic tables. */
export function MappingPreview({ columns, preview, mapping, onMappingChange }: MappingPreviewProps) {
  const fieldOf = (column: string) => MAPPABLE_FIELDS.find((f) => mapping?.[f] === column) ?? '';
  const assign = (column: string, field: string) => {
    if (!mapping || !onMappingChange) return;
    const next: ColumnMapping = {};
    for (const f of MAPPABLE_FIELDS) if (mapping[f] !== undefined && mapping[f] !== column && f !== field) next[f] = mapping[f];
    if (field) next[field as MappableField] = column;
    onMappingChange(next);
  };
  if (!columns.length) return null;
  return (
    <div className="imp-preview" role="region" aria-label="Preview" tabIndex={0}>
      <table>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i}>
                <div>{c}</div>
                {mapping && (
                  <select aria-label={`Field for column ${c}`} value={fieldOf(c)} onChange={(e) => assign(c, e.target.value)}>
                    <option value="">(not imported)</option>
                    {MAPPABLE_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {FIELD_LABEL[f]}
                      </option>
                    ))}
                  </select>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row, r) => (
            <tr key={r}>
              {columns.map((_, i) => (
                <td key={i}>{(row[i] ?? '').slice(0, 120)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

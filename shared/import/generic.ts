import type { CsvTable } from './csv';
import { cleanBlock, cleanText, cleanUri, normaliseLabel, toImportance, toSkillType } from './normalise';
import { MAPPABLE_FIELDS, type ColumnMapping, type ImportedSkill, type MappableField, type RowProblem } from './types';

/** Header words that suggest a field, for the first guess of the mapping (normalised labels). */
const HINTS: Readonly<Record<MappableField, readonly string[]>> = {
  statement: ['statement', 'skill', 'skill name', 'name', 'title', 'label', 'preferredlabel', 'preferred label', 'element name', 'requirement', 'competency'],
  description: ['description', 'definition', 'details', 'notes', 'scope note', 'scopenote'],
  code: ['code', 'id', 'skill id', 'element id', 'identifier', 'ref', 'reference'],
  uri: ['uri', 'url', 'link', 'concepturi', 'concept uri', 'iri'],
  framework: ['framework', 'source', 'standard'],
  skillType: ['skilltype', 'skill type', 'type', 'kind', 'category type'],
  importance: ['importance', 'priority', 'essential', 'required', 'must have'],
  group: ['group', 'category', 'domain', 'area', 'cluster', 'parent'],
};

/** Guesses which column feeds which field from the header; each column used at most once. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const keys = header.map(normaliseLabel);
  for (const field of MAPPABLE_FIELDS) {
    const i = keys.findIndex((k, idx) => !used.has(header[idx]!) && HINTS[field].includes(k));
    if (i >= 0) {
      mapping[field] = header[i]!;
      used.add(header[i]!);
    }
  }
  return mapping;
}

/**
 * Any table: the mapping names the column for each field (statement is required). Values
 * are normalised (skill type and importance words, http(s) URIs); an unmapped framework is
 * `framework` (the option) — a source is kept only when a code, URI or framework column exists.
 */
export function parseGeneric(table: CsvTable, mapping: ColumnMapping, framework = 'Imported'): { skills: ImportedSkill[]; problems: RowProblem[] } | { error: string } {
  const index: Partial<Record<MappableField, number>> = {};
  for (const field of MAPPABLE_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === '') continue;
    const i = table.header.indexOf(column);
    if (i < 0) return { error: `the column "${column}" (mapped to ${field}) is not in the file; its columns are ${table.header.join(', ')}` };
    index[field] = i;
  }
  if (index.statement === undefined) return { error: 'choose the column that holds the skill statement (--map statement=COLUMN)' };
  const get = (cells: string[], f: MappableField) => (index[f] === undefined ? undefined : cells[index[f]]);
  const hasSource = index.code !== undefined || index.uri !== undefined || index.framework !== undefined;
  const skills: ImportedSkill[] = [];
  const problems: RowProblem[] = [];
  for (const { cells, line } of table.records) {
    const statement = cleanText(get(cells, 'statement'));
    if (!statement) {
      problems.push({ line, message: `${mapping.statement} is empty` });
      continue;
    }
    const rawUri = get(cells, 'uri')?.trim();
    const uri = cleanUri(rawUri);
    if (rawUri && !uri) {
      problems.push({ line, message: `${mapping.uri} "${rawUri.slice(0, 80)}" is not an http(s) address` });
      continue;
    }
    const code = cleanText(get(cells, 'code'))?.slice(0, 200);
    const description = cleanBlock(get(cells, 'description'));
    const group = cleanText(get(cells, 'group'));
    skills.push({
      line,
      statement: statement.slice(0, 2000),
      ...(description ? { description } : {}),
      skillType: toSkillType(get(cells, 'skillType')),
      importance: toImportance(get(cells, 'importance')),
      ...(hasSource ? { source: { framework: cleanText(get(cells, 'framework')) ?? framework, ...(code ? { code } : {}), ...(uri ? { uri } : {}) } } : {}),
      ...(group ? { group: group.slice(0, 2000) } : {}),
    });
  }
  return { skills, problems };
}

import type { CsvTable } from './csv';
import { cleanBlock, cleanText, cleanUri, toSkillType } from './normalise';
import type { ImportedSkill, RowProblem } from './types';

/** Columns an ESCO skills file must have for us to read it. */
export const ESCO_REQUIRED = ['conceptUri', 'preferredLabel'] as const;

/**
 * ESCO skills CSV (PRODUCT.md lists its columns). Decisions:
 * - `skillType` "knowledge" → knowledge; "skill/competence" → **skill**: ESCO does not tell
 *   skills from competences in this column, and "skill" is what designers then refine.
 * - importance is **essential**: the skills file has no importance (ESCO grades skills
 *   essential/optional only per occupation), and the designer picks what they import.
 * - `description`, else `definition`, becomes the description; `altLabels` (newline-separated)
 *   become the skill's other names (searched in the picker, kept on the skill).
 * - `status` "obsolete" marks the skill obsolete. ESCO's skills CSV download has no replacement
 *   column (its columns: conceptType, conceptUri, skillType, reuseLevel, preferredLabel,
 *   altLabels, hiddenLabels, status, modifiedDate, scopeNote, definition, inScheme,
 *   description). A successor is read from a column named `isReplacedBy` or `replacedBy`
 *   (Dublin Core's term, as in a file joined from ESCO's RDF): a URI, the first of several.
 */
export function parseEsco(table: CsvTable): { skills: ImportedSkill[]; problems: RowProblem[] } {
  const col = (name: string) => table.header.indexOf(name);
  const uriCol = col('conceptUri');
  const labelCol = col('preferredLabel');
  const typeCol = col('skillType');
  const descCol = col('description');
  const defCol = col('definition');
  const altCol = col('altLabels');
  const statusCol = col('status');
  const lower = table.header.map((h) => h.trim().toLowerCase());
  const replacedCol = ['isreplacedby', 'replacedby'].map((h) => lower.indexOf(h)).find((i) => i >= 0) ?? -1;
  const skills: ImportedSkill[] = [];
  const problems: RowProblem[] = [];
  for (const { cells, line } of table.records) {
    const statement = cleanText(cells[labelCol]);
    if (!statement) {
      problems.push({ line, message: 'preferredLabel is empty' });
      continue;
    }
    const rawUri = cells[uriCol]?.trim();
    const uri = cleanUri(rawUri);
    if (rawUri && !uri) {
      problems.push({ line, message: `conceptUri "${rawUri.slice(0, 80)}" is not an http(s) address` });
      continue;
    }
    const description = cleanBlock(descCol >= 0 ? cells[descCol] : undefined) ?? cleanBlock(defCol >= 0 ? cells[defCol] : undefined);
    const altCell = altCol >= 0 ? (cells[altCol] ?? '') : '';
    const alt = altCell ? splitLabels(altCell) : [];
    const obsolete = statusCol >= 0 && cells[statusCol]?.trim().toLowerCase() === 'obsolete';
    const replacedUri = replacedCol >= 0 ? cleanUri(cells[replacedCol]?.split(/[\s|]+/).find(Boolean)) : undefined;
    skills.push({
      line,
      statement,
      ...(description ? { description } : {}),
      skillType: toSkillType(typeCol >= 0 ? cells[typeCol] : undefined),
      importance: 'essential',
      source: { framework: 'ESCO', ...(uri ? { uri } : {}) },
      ...(alt.length ? { altLabels: alt } : {}),
      ...(obsolete || replacedUri ? { obsolete: true } : {}),
      ...(replacedUri ? { replacedBy: { uri: replacedUri } } : {}),
    });
  }
  return { skills, problems };
}

/** Newline-separated labels, trimmed, at most 200 of at most 2,000 characters (what a skill keeps). */
export function splitLabels(cell: string): string[] {
  const parts = cell.split(cell.includes('\r') ? /\r\n|\n|\r/ : '\n');
  const out: string[] = [];
  for (const p of parts) {
    const t = cleanText(p);
    if (t && out.length < 200) out.push(t.slice(0, 2000));
  }
  return out;
}

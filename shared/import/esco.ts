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
 *   are kept for the picker's search only: the conceptUri already links to them.
 */
export function parseEsco(table: CsvTable): { skills: ImportedSkill[]; problems: RowProblem[] } {
  const col = (name: string) => table.header.indexOf(name);
  const uriCol = col('conceptUri');
  const labelCol = col('preferredLabel');
  const typeCol = col('skillType');
  const descCol = col('description');
  const defCol = col('definition');
  const altCol = col('altLabels');
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
    const alt = altCell ? altCell.split(altCell.includes('\r') ? /\r\n|\n|\r/ : '\n').map((s) => s.trim()).filter(Boolean) : [];
    skills.push({
      line,
      statement,
      ...(description ? { description } : {}),
      skillType: toSkillType(typeCol >= 0 ? cells[typeCol] : undefined),
      importance: 'essential',
      source: { framework: 'ESCO', ...(uri ? { uri } : {}) },
      ...(alt.length ? { altLabels: alt } : {}),
    });
  }
  return { skills, problems };
}

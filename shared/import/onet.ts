import type { CsvTable } from './csv';
import { cleanText, levelToProficiency } from './normalise';
import type { ImportedSkill, RowProblem } from './types';

export const ONET_REQUIRED = ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID', 'Data Value'] as const;

/** O*NET content-model groups by Element ID prefix (longest prefix wins). */
const GROUPS: readonly [string, string][] = [
  ['2.A.1', 'Basic Skills: Content'],
  ['2.A.2', 'Basic Skills: Process'],
  ['2.B.1', 'Social Skills'],
  ['2.B.2', 'Complex Problem Solving Skills'],
  ['2.B.3', 'Technical Skills'],
  ['2.B.4', 'Systems Skills'],
  ['2.B.5', 'Resource Management Skills'],
  ['2.C', 'Knowledge'],
];

function groupOf(elementId: string): string | undefined {
  return GROUPS.find(([p]) => elementId === p || elementId.startsWith(`${p}.`))?.[1];
}

interface Acc {
  line: number;
  name: string;
  im: number[];
  lv: number[];
}

/**
 * O*NET Skills.txt / Knowledge.txt: one row per (occupation, element, scale). We make one
 * skill per Element ID — for one occupation, or averaged over all of them — with importance
 * from the IM scale (1–5; ≥ 3.5 essential, else optional) and proficiency from the LV scale
 * (0–7, banded by `levelToProficiency`). Element IDs under 2.C are knowledge, the rest skills.
 * The code is the Element ID (stable across O*NET releases), the framework "O*NET".
 */
export function parseOnet(table: CsvTable, occupation?: string): { skills: ImportedSkill[]; problems: RowProblem[] } {
  const col = (name: string) => table.header.indexOf(name);
  const [soc, id, name, scale, value] = ONET_REQUIRED.map(col) as [number, number, number, number, number];
  const byElement = new Map<string, Acc>();
  const problems: RowProblem[] = [];
  const wanted = occupation?.trim();
  for (const { cells, line } of table.records) {
    if (wanted && cells[soc]?.trim() !== wanted) continue;
    const elementId = cells[id]?.trim() ?? '';
    const label = cleanText(cells[name]);
    const v = Number(cells[value]?.trim());
    if (!elementId || !label) {
      problems.push({ line, message: 'Element ID or Element Name is empty' });
      continue;
    }
    if (!Number.isFinite(v) || cells[value]?.trim() === '') {
      problems.push({ line, message: `Data Value "${cells[value] ?? ''}" is not a number` });
      continue;
    }
    let acc = byElement.get(elementId);
    if (!acc) byElement.set(elementId, (acc = { line, name: label, im: [], lv: [] }));
    const s = cells[scale]?.trim().toUpperCase();
    if (s === 'IM') acc.im.push(v);
    else if (s === 'LV') acc.lv.push(v);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const skills: ImportedSkill[] = [];
  for (const [elementId, acc] of byElement) {
    const im = acc.im.length ? mean(acc.im) : undefined;
    const lv = acc.lv.length ? mean(acc.lv) : undefined;
    const notes = [im === undefined ? '' : `importance ${im.toFixed(2)}/5`, lv === undefined ? '' : `level ${lv.toFixed(2)}/7`].filter(Boolean);
    const where = wanted ? `for ${wanted}` : 'averaged over all occupations';
    const group = groupOf(elementId);
    skills.push({
      line: acc.line,
      statement: acc.name,
      ...(notes.length ? { description: `O*NET ${notes.join(', ')} (${where}).` } : {}),
      skillType: elementId.startsWith('2.C') ? 'knowledge' : 'skill',
      importance: im !== undefined && im >= 3.5 ? 'essential' : 'optional',
      ...(lv !== undefined ? { proficiency: levelToProficiency(lv) } : {}),
      source: { framework: 'O*NET', code: elementId },
      ...(group ? { group } : {}),
    });
  }
  return { skills, problems };
}

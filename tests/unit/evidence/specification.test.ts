import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { countPostings, planEvidence, readPostings } from '../../../shared/evidence';
import { exportSpecification } from '../../../shared/export';
import { all, first, readDocx, tableRows, tablesWithHeader, text } from '../export/helpers/docx';
import { ID, NOW, sampleDoc } from '../export/helpers/fixtures';
import { nextStamp } from '../../helpers/builders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const csv = readFileSync(join(__dirname, '../../fixtures/postings/postings.csv'), 'utf8');

async function demandCells(settings: { country?: string } = {}) {
  let doc = sampleDoc();
  if (settings.country) doc = { ...doc, settings: { ...doc.settings, country: settings.country } };
  const call = planEvidence(doc, countPostings(doc, readPostings(csv).postings), { region: 'Northfield metro' })!;
  const r = applyCommand(doc, call, { stamp: nextStamp() });
  if (!r.ok) throw new Error(r.refusal.message);
  const parts = await readDocx(await exportSpecification(r.doc, ID.credential.analyst, { now: NOW, pageNumbers: false }));
  const body = first(parts.xml('word/document.xml'), 'w:body')!;
  const table = tablesWithHeader(body, 'No.').find((t) => tableRows(t)[0]![1] === 'Skill requirement')!;
  return { rows: tableRows(table), paragraphs: all(body, 'w:p').map((p) => text(p)) };
}

describe('the industry-need section cites the counted evidence', () => {
  it('as one sentence with the months in the map\'s convention and the employers', async () => {
    const { rows } = await demandCells();
    const logs = rows.find((r) => r[1]!.startsWith('Skill in performing log file analysis'))!;
    expect(logs[3]).toContain('Named in 4 of 24 postings (Jan–Dec 2025, Northfield metro).');
    expect(logs[3]).toContain('Employers: Acme Security, Northfield Regional Health System');
    const ymd = await demandCells({ country: 'Sweden' });
    expect(ymd.rows.find((r) => r[1]!.startsWith('Skill in performing log file analysis'))![3]).toContain('Named in 4 of 24 postings (2025-01 to 2025-12, Northfield metro).');
  });
});

import { describe, expect, it } from 'vitest';
import { applyDocumentPatches } from '../../../shared/commands';
import { countPostings, demandSentence, employersPhrase, monthRange, NOTES_MARK, planEvidence } from '../../../shared/evidence';
import { applyOk, makeMap, makeOutcome, makeSkill, refusalOf } from '../../helpers/builders';

const sql = makeSkill({ id: 'sk_sql', statement: 'Skill in writing SQL queries', altLabels: ['SQL querying'], demand: { notes: 'Advisory board: essential.' } });
const excel = makeSkill({ id: 'sk_xl', statement: 'Use spreadsheet software' });
const outcome = makeOutcome({ id: 'lo_a' });
const doc = makeMap({ entities: [sql, excel, outcome] });
const postings = [
  { line: 2, employer: 'Acme', date: '2025-01-10', text: 'Writes SQL queries daily.' },
  { line: 3, employer: 'Beta', date: '2025-12-20', text: 'SQL querying and reporting.' },
  { line: 4, employer: 'Acme', date: '2025-06-01', text: 'Warehouse work.' },
];

describe('demand.apply from a count', () => {
  const result = countPostings(doc, postings);
  const call = planEvidence(doc, result, { region: 'Northfield metro', source: 'postings.csv' })!;

  it('sets every skill in one command: counts, total, period, region, employers; keeps the designer\'s notes', () => {
    const r = applyOk(doc, 'demand.apply', call.payload as never);
    expect(r.doc.entities.sk_sql).toMatchObject({
      demand: { jobPostings: 2, postingsTotal: 3, from: '2025-01-10', to: '2025-12-20', region: 'Northfield metro', employers: ['Acme', 'Beta'] },
    });
    const notes = (r.doc.entities.sk_sql as typeof sql).demand!.notes!;
    expect(notes.startsWith('Advisory board: essential.\n\n')).toBe(true);
    expect(notes).toContain(`${NOTES_MARK} (postings.csv): matched “SQL queries” (1), “writing SQL queries” (1).`);
    expect(r.doc.entities.sk_xl).toMatchObject({ demand: { jobPostings: 0, postingsTotal: 3 } });
    expect(applyDocumentPatches(r.doc, r.inversePatches)).toEqual(doc);
  });

  it('counting again replaces its own note, not the designer\'s', () => {
    const once = applyOk(doc, 'demand.apply', call.payload as never).doc;
    const again = planEvidence(once, countPostings(once, postings.slice(0, 1)), { source: 'b.csv' })!;
    const notes = (applyOk(once, 'demand.apply', again.payload as never).doc.entities.sk_sql as typeof sql).demand!.notes!;
    expect(notes.split('\n\n')).toEqual(['Advisory board: essential.', `${NOTES_MARK} (b.csv): matched “writing SQL queries” (1).`]);
  });

  it('refuses a record that is not a skill, and leaves the map as it was', () => {
    expect(refusalOf(doc, 'demand.apply', { demands: { lo_a: { jobPostings: 1 } } }).message).toMatch(/not a skill requirement/);
    expect(refusalOf(doc, 'demand.apply', { demands: { sk_sql: { jobPostings: -1 } } }).code).toBe('invalid-payload');
  });
});

describe('the sentence', () => {
  it('reads like the issue asks, with the period by month in the map\'s convention', () => {
    const d = { jobPostings: 84, postingsTotal: 212, from: '2025-01-03', to: '2025-12-30', region: 'Northfield metro' };
    expect(demandSentence(d, 'mdy')).toBe('Named in 84 of 212 postings (Jan–Dec 2025, Northfield metro)');
    expect(demandSentence(d, 'ymd')).toBe('Named in 84 of 212 postings (2025-01 to 2025-12, Northfield metro)');
    expect(monthRange('2024-03-01', '2025-02-28')).toBe('Mar 2024–Feb 2025');
    expect(monthRange('2025-03-01', '2025-03-28')).toBe('Mar 2025');
    expect(demandSentence({ jobPostings: 1 })).toBe('Named in 1 posting');
    expect(demandSentence({ employers: ['A'] })).toBeUndefined();
    expect(employersPhrase(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});

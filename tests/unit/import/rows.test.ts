import { describe, expect, it } from 'vitest';
import { applyDocumentPatches } from '../../../shared/commands';
import { IMPORT_ROW_STEP } from '../../../shared/commands/import';
import { buildRowsPayload, guessRowMapping, parseRows, readTable, type RowKind } from '../../../shared/import';
import { columnStep } from '../../../shared/layout';
import { applyOk, makeMap, makeOutcome, refusalOf } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

/** Rows as Excel puts them on the clipboard: tab-separated, CRLF line ends. */
const excel = (...lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\r\n');

function parse(kind: RowKind, text: string) {
  const table = readTable(text);
  const result = parseRows(table, kind, guessRowMapping(kind, table.header));
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('outcomes, assessments and activities from a table', () => {
  it('reads outcomes pasted from Excel, guessing the columns from the header', () => {
    const text = excel(['Code', 'Learning outcome', 'Criteria'], ['LO1', 'Explain the CIA triad', 'Names all three'], ['LO2', 'Configure a firewall', '']);
    expect(guessRowMapping('outcome', ['Code', 'Learning outcome', 'Criteria'])).toEqual({ statement: 'Learning outcome', code: 'Code', criteria: 'Criteria' });
    expect(parse('outcome', text)).toEqual({
      rows: [
        { line: 2, entity: { kind: 'outcome', statement: 'Explain the CIA triad', code: 'LO1', criteria: 'Names all three' } },
        { line: 3, entity: { kind: 'outcome', statement: 'Configure a firewall', code: 'LO2' } },
      ],
      problems: [],
    });
  });

  it('reads assessments and activities with their words and numbers, and defaults the rest', () => {
    const assessments = parse('assessment', excel(['Title', 'Type', 'Weighting'], ['Final exam', 'Exam', '60%'], ['Lab report', 'Case study', '40'], ['Reflection', '', '']));
    expect(assessments.rows.map((r) => r.entity)).toEqual([
      { kind: 'assessment', title: 'Final exam', assessmentType: 'exam', weighting: 60 },
      { kind: 'assessment', title: 'Lab report', assessmentType: 'case-study', weighting: 40 },
      { kind: 'assessment', title: 'Reflection', assessmentType: 'other' },
    ]);
    const activities = parse('activity', 'Activity,Delivery mode,Contact hours,Self-study hours\nLectures,Onsite,"22,5",45\nReading,,,12\n');
    expect(activities.rows.map((r) => r.entity)).toEqual([
      { kind: 'activity', title: 'Lectures', deliveryMode: 'onsite', contactHours: 22.5, selfStudyHours: 45 },
      { kind: 'activity', title: 'Reading', deliveryMode: 'online', contactHours: 0, selfStudyHours: 12 },
    ]);
  });

  it('reports each bad row with its line number and keeps the good ones', () => {
    const text = excel(['Title', 'Type', 'Weighting'], ['Exam', 'Exam', '50'], ['', 'Quiz', '10'], ['Oral', 'Viva', '10'], ['Essay', 'Project', '150'], ['Ragged']);
    const { rows, problems } = parse('assessment', text);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(problems[0]!.message).toBe('Title is empty');
    expect(problems[1]!.message).toMatch(/the type "Viva" is not one of exam, quiz/);
    expect(problems[2]!.message).toBe('the weighting "150" is not a percentage from 0 to 100');
    const hours = parse('activity', excel(['Title', 'Contact hours'], ['Lab', 'ten']));
    expect(hours.problems).toEqual([{ line: 2, message: 'the contact hours "ten" are not a number of hours' }]);
  });

  it('asks for the title column when none can be guessed', () => {
    const table = readTable(excel(['A', 'B'], ['x', 'y']));
    expect(parseRows(table, 'outcome', guessRowMapping('outcome', table.header))).toEqual({ error: 'choose the column that holds the statement' });
  });
});

describe('entity.import', () => {
  it('creates every row as one change, below the others of its kind; one inverse undoes it all', () => {
    let doc = makeMap({ entities: [makeOutcome({ id: 'lo_a' })] });
    doc = applyOk(doc, 'layout.move', { positions: { lo_a: { x: 380, y: 200 } } }).doc;
    const { rows } = parse('outcome', excel(['Outcome'], ['One'], ['Two']));
    const acts = parse('activity', excel(['Activity', 'Contact hours'], ['Lab', '3']));
    const payload = buildRowsPayload(doc, [...rows, ...acts.rows], seededRandom(3));
    const r = applyOk(doc, 'entity.import', payload);
    const [one, two, lab] = payload.creates.map((c) => c.entity.id);
    expect(r.doc.entities[one!]).toMatchObject({ kind: 'outcome', statement: 'One' });
    expect(r.doc.layout[one!]).toEqual({ x: 380, y: 200 + IMPORT_ROW_STEP });
    expect(r.doc.layout[two!]).toEqual({ x: 380, y: 200 + 2 * IMPORT_ROW_STEP });
    expect(r.doc.layout[lab!]).toEqual({ x: 2 * columnStep(), y: 0 });
    expect(lab).toMatch(/^ac_/);
    expect(applyDocumentPatches(r.doc, r.inversePatches)).toEqual(doc);
  });

  it('refuses the whole import when one row is invalid, naming the row', () => {
    const doc = makeMap();
    const refusal = refusalOf(doc, 'entity.import', {
      creates: [
        { entity: { id: 'lo_ok', kind: 'outcome', statement: 'Fine' }, row: 2 },
        { entity: { id: 'ac_bad', kind: 'activity', title: 'Lab', deliveryMode: 'online', contactHours: -1, selfStudyHours: 0 }, row: 3 },
      ],
    });
    expect(refusal.message).toMatch(/^row 3: contactHours: .*nothing was imported$/);
  });
});

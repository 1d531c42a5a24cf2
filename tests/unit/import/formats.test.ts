import { describe, expect, it } from 'vitest';
import { decodeText, detectFormat, parseImport } from '../../../shared/import';
import { fixtureBytes, parseFixture } from './support';

const ESCO_SKILLS = [
  {
    line: 2,
    statement: 'analyse sales data',
    description: 'Examine sales figures to find "trends", seasonality and outliers.',
    skillType: 'skill',
    importance: 'essential',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0001' },
    altLabels: ['sales analytics', 'interpret sales figures'],
  },
  {
    line: 4,
    statement: 'SQL',
    description: 'The computer language SQL.',
    skillType: 'knowledge',
    importance: 'essential',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0002' },
    altLabels: ['structured query language'],
  },
  {
    line: 5,
    statement: 'communicate with customers',
    description: 'Respond to and communicate with customers, efficiently; politely.',
    skillType: 'skill',
    importance: 'essential',
    source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0003' },
  },
];

describe('ESCO', () => {
  it.each(['esco-skills.csv', 'esco-bom-crlf.csv', 'esco-semicolon.csv', 'esco-utf16le.txt'])('%s: labels, URIs, types, multi-line altLabels, definition as fallback', (name) => {
    const r = parseFixture(name, 'esco');
    expect(r.problems).toEqual([]);
    expect(r.skills).toEqual(ESCO_SKILLS);
    expect(r.columns[1]).toBe('conceptUri');
    expect(r.preview).toHaveLength(3);
  });

  it('reports a ragged row with its line number and keeps the others', () => {
    const r = parseFixture('esco-ragged.csv', 'esco');
    expect(r.problems).toEqual([{ line: 6, message: 'has 5 columns, the header has 13' }]);
    expect(r.skills.map((s) => [s.line, s.statement])).toEqual([
      [2, 'analyse sales data'],
      [4, 'SQL'],
      [5, 'communicate with customers'],
      [7, 'statistics'],
    ]);
  });

  it('refuses a file without the required columns', () => {
    const r = parseImport(fixtureBytes('esco-missing-columns.csv'), 'esco');
    expect(r).toEqual({ ok: false, message: 'the file has no conceptUri, preferredLabel columns, so it is not an ESCO skills file (choose --format csv to map its columns)' });
    expect(parseImport('Skill,Level\nSQL,3\n', 'onet')).toMatchObject({ ok: false, message: expect.stringMatching(/^the file has no O\*NET-SOC Code, Element ID, Element Name, Scale ID, Data Value columns/) as unknown });
  });
});

describe('O*NET', () => {
  it('one skill per Element ID averaged over occupations: IM → importance, LV → proficiency, groups', () => {
    const r = parseFixture('onet-skills.txt', 'onet');
    expect(r.problems).toEqual([]);
    expect(r.skills.map((s) => [s.statement, s.source?.code, s.importance, s.proficiency, s.group, s.skillType])).toEqual([
      ['Reading Comprehension', '2.A.1.a', 'essential', 'intermediate', 'Basic Skills: Content', 'skill'],
      ['Complex Problem Solving', '2.B.2.i', 'essential', 'advanced', 'Complex Problem Solving Skills', 'skill'],
      ['Critical Thinking', '2.A.2.a', 'optional', 'intermediate', 'Basic Skills: Process', 'skill'],
    ]);
    expect(r.skills[0]?.description).toBe('O*NET importance 3.50/5, level 3.56/7 (averaged over all occupations).');
    expect(r.skills[0]?.source).toEqual({ framework: 'O*NET', code: '2.A.1.a' });
  });

  it('for one occupation', () => {
    const r = parseFixture('onet-skills.txt', 'onet', { occupation: '13-2011.00' });
    expect(r.skills.map((s) => [s.statement, s.importance, s.proficiency])).toEqual([
      ['Reading Comprehension', 'optional', 'intermediate'],
      ['Complex Problem Solving', 'optional', 'intermediate'],
      ['Critical Thinking', 'optional', 'foundational'],
    ]);
    expect(parseImport(fixtureBytes('onet-skills.txt'), 'onet', { occupation: '99-9999.00' })).toEqual({ ok: false, message: 'no rows for occupation 99-9999.00' });
  });

  it('Knowledge.txt with CRLF: knowledge type, expert band, a bad Data Value reported by line', () => {
    const r = parseFixture('onet-knowledge.txt', 'onet');
    expect(r.skills).toEqual([
      {
        line: 2,
        statement: 'Computers and Electronics',
        description: 'O*NET importance 4.20/5, level 5.80/7 (averaged over all occupations).',
        skillType: 'knowledge',
        importance: 'essential',
        proficiency: 'expert',
        source: { framework: 'O*NET', code: '2.C.3.a' },
        group: 'Knowledge',
      },
    ]);
    expect(r.problems).toEqual([{ line: 4, message: 'Data Value "x" is not a number' }]);
  });
});

describe('CASE', () => {
  it('CFItems become skills; isChildOf gives the group from the parent; the document names the framework', () => {
    const r = parseFixture('case-package.json', 'case');
    expect(r.skills.map((s) => [s.statement, s.source, s.group, s.skillType])).toEqual([
      ['Data handling', { framework: 'Data Literacy Framework', code: 'DL.1', uri: 'https://case.example.org/uri/i1' }, undefined, 'skill'],
      ['Clean a dataset for analysis', { framework: 'Data Literacy Framework', code: 'DL.1.1', uri: 'https://case.example.org/uri/i2' }, 'Data handling', 'competence'],
      ['Knowledge of data privacy law', { framework: 'Data Literacy Framework', code: 'DL.1.2', uri: 'https://case.example.org/uri/i3' }, 'Data handling', 'knowledge'],
    ]);
    expect(r.skills[1]?.description).toBe('Includes missing values.');
    expect(r.problems).toEqual([{ line: 4, message: 'CFItem has no fullStatement' }]);
  });

  it('refuses broken JSON and JSON of another shape', () => {
    expect(parseImport('{"CFItems": [', 'case')).toMatchObject({ ok: false, message: expect.stringMatching(/^the file is not valid JSON/) as unknown });
    expect(parseImport('{"items": []}', 'case')).toEqual({ ok: false, message: 'this looks like not a file the importer recognises, not a CASE 1.0 JSON package' });
  });
});

describe('generic CSV', () => {
  it('guesses the mapping, normalises values, keeps embedded quotes and newlines (; and CRLF)', () => {
    const r = parseFixture('employer.csv', 'csv', { framework: 'Acme' });
    expect(r.mapping).toEqual({ statement: 'Skill', description: 'Details', uri: 'Link', skillType: 'Type', importance: 'Priority', group: 'Area' });
    expect(r.skills).toEqual([
      { line: 2, statement: 'Write SQL queries', description: 'Joins; filters\nand "GROUP BY"', skillType: 'skill', importance: 'essential', source: { framework: 'Acme', uri: 'https://example.com/sql' }, group: 'Data' },
      { line: 4, statement: 'Present findings', skillType: 'competence', importance: 'optional', source: { framework: 'Acme' }, group: 'Communication' },
      { line: 5, statement: 'SQL', skillType: 'knowledge', importance: 'essential', source: { framework: 'Acme' }, group: 'Data' },
    ]);
  });

  it('uses an explicit mapping and refuses a column that is not there', () => {
    const r = parseFixture('employer.csv', 'csv', { mapping: { statement: 'Area', code: 'Skill' } });
    expect(r.skills[0]).toMatchObject({ statement: 'Data', source: { framework: 'Imported', code: 'Write SQL queries' } });
    expect(parseImport(fixtureBytes('employer.csv'), 'csv', { mapping: { statement: 'Title' } })).toEqual({
      ok: false,
      message: 'the column "Title" (mapped to statement) is not in the file; its columns are Skill, Details, Area, Priority, Type, Link',
    });
    expect(parseImport('a,b\n1,2\n', 'csv')).toEqual({ ok: false, message: 'choose the column that holds the skill statement (--map statement=COLUMN)' });
  });

  it('reports a row whose link is not an http(s) address', () => {
    const r = parseFixture('employer-bad-uri.csv', 'csv');
    expect(r.skills.map((s) => s.statement)).toEqual(['Good one']);
    expect(r.problems).toEqual([{ line: 3, message: 'Link "not a link" is not an http(s) address' }]);
  });

  it('reads an ESCO file as a generic table too', () => {
    expect(parseFixture('esco-skills.csv', 'csv').skills[0]).toMatchObject({ statement: 'analyse sales data', source: { uri: 'http://data.europa.eu/esco/skill/0001' } });
  });
});

describe('detection and the wrong format chosen', () => {
  it.each([
    ['esco-skills.csv', 'esco'],
    ['esco-utf16le.txt', 'esco'],
    ['onet-skills.txt', 'onet'],
    ['case-package.json', 'case'],
    ['employer.csv', 'csv'],
  ])('%s is %s', (name, format) => expect(detectFormat(decodeText(fixtureBytes(name)).text)).toBe(format));

  it.each([
    ['onet-skills.txt', 'esco', 'this looks like an O*NET Skills/Knowledge file, not an ESCO skills CSV (choose --format onet)'],
    ['esco-skills.csv', 'onet', 'this looks like an ESCO skills CSV, not an O*NET Skills/Knowledge file (choose --format esco)'],
    ['case-package.json', 'csv', 'this looks like a CASE 1.0 JSON package, not a CSV or spreadsheet table (choose --format case)'],
    ['esco-skills.csv', 'case', 'this looks like an ESCO skills CSV, not a CASE 1.0 JSON package (choose --format esco)'],
  ] as const)('%s read as %s is refused with a clear message', (name, format, message) => {
    expect(parseImport(fixtureBytes(name), format)).toEqual({ ok: false, message });
  });

  it.each(['esco', 'onet', 'case', 'csv'] as const)('an empty file is refused (%s)', (format) => {
    expect(parseImport(fixtureBytes('empty.csv'), format)).toEqual({ ok: false, message: 'the file is empty' });
    expect(parseImport(' \r\n', format)).toEqual({ ok: false, message: 'the file is empty' });
  });
});

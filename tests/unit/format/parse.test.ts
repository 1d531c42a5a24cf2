import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, MIGRATIONS, describeProblem, parseDocument, serialiseDocument, type LoadProblem, type LoadResult } from '../../../shared/format';
import { apply, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';
import { SCHEMA_VERSION } from '../../../shared/model';

const encoder = new TextEncoder();

function problemsOf(result: LoadResult): LoadProblem[] {
  if (result.ok) throw new Error('the input loaded but should not have');
  return result.problems;
}

/** The only problem of a load that must fail with exactly one. */
function onlyProblem(input: string | Uint8Array): LoadProblem {
  const problems = problemsOf(parseDocument(input));
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

/** 1-based number of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, index).split('\n').length;
}

const skill = makeSkill({ id: 'sk_sql', statement: 'Write SQL queries' });
const outcome = makeOutcome({ id: 'lo_join', statement: 'Join tables to answer a question' });
const doc = makeMap({ entities: [skill, outcome], links: [makeLink('addresses', skill, outcome, { id: 'ln_1' })] });
const text = serialiseDocument(doc);

afterEach(() => vi.restoreAllMocks());

describe('parseDocument accepts', () => {
  it('a saved map, as text or as UTF-8 bytes', () => {
    expect(parseDocument(text)).toEqual({ ok: true, doc });
    expect(parseDocument(encoder.encode(text))).toEqual({ ok: true, doc });
  });

  it('a map that starts with a byte order mark, as text or as bytes', () => {
    expect(parseDocument(`\uFEFF${text}`)).toEqual({ ok: true, doc });
    expect(parseDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]))).toEqual({ ok: true, doc });
  });

  it('a map written with other spacing and key order', () => {
    expect(parseDocument(JSON.stringify(JSON.parse(text)))).toEqual({ ok: true, doc });
  });
});

describe('parseDocument refuses', () => {
  it('a file over the size limit, before reading it', () => {
    const problem = onlyProblem(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(problem.code).toBe('too-large');
    expect(problem.message).toMatch(/maps larger than 64 MB are not opened/);
  });

  it.each(['', '   \n\t ', '\uFEFF'])('an empty file (%j)', (input) => {
    expect(onlyProblem(input).code).toBe('empty');
  });

  it('bytes that are not UTF-8', () => {
    const problem = onlyProblem(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(problem).toEqual({ code: 'not-utf8', message: expect.stringMatching(/not UTF-8/) });
  });

  it('broken JSON, saying what is wrong and on which line and column', () => {
    const broken = '{\n  "format": "micro-credential-studio",\n  "schemaVersion": 2,,\n  "id": "map_x"\n}\n';
    expect(onlyProblem(broken)).toEqual({
      code: 'syntax',
      message: 'not valid JSON: expected a quoted key after ",", found "," (was it cut short or edited by hand?)',
      line: 3,
      column: 22,
    });
  });

  it('a file cut short, pointing at its end', () => {
    const cut = text.slice(0, text.indexOf('"entities"'));
    const problem = onlyProblem(cut);
    expect(problem).toMatchObject({ code: 'syntax', line: cut.split('\n').length, message: expect.stringMatching(/ends too early/) });
  });

  it('a file too deeply nested for the JSON parser', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(onlyProblem(text)).toEqual({ code: 'too-deep', message: 'the file is nested too deeply to be a map' });
  });

  it('100,000 nested arrays without running out of stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(['too-deep', 'not-mcred']).toContain(onlyProblem(deep).code);
    const deepAndBroken = '['.repeat(100_000) + ']'.repeat(99_999) + '}';
    expect(onlyProblem(deepAndBroken)).toMatchObject({ code: 'syntax', line: 1, column: 200_000 });
  });

  it.each([
    ['at the top', '{"__proto__": {"polluted": true}}', '__proto__', 1],
    ['inside a record', '{\n  "entities": {\n    "sk_1": {\n      "constructor": {}\n    }\n  }\n}', 'entities.sk_1.constructor', 4],
    ['inside an array', '{"settings": {"profiles": [\n  {"prototype": 1}\n]}}', 'settings.profiles[0].prototype', 2],
  ])('a key that could reach the prototype chain, %s, with its path and line', (_where, input, path, line) => {
    expect(onlyProblem(input)).toMatchObject({ code: 'forbidden-key', path, line, message: expect.stringMatching(/is not allowed in a map file/) });
  });

  it.each([
    ['__proto__', '"\\u005f_proto__": {}', 'meta.stamps.__proto__'],
    ['constructor', '"\\u0063onstructor": {}', 'meta.stamps.constructor'],
  ])('the key %s spelt with \\u escapes', (_key, member, path) => {
    const sneaky = text.replace('"stamps": {', `"stamps": {\n      ${member},`);
    expect(onlyProblem(sneaky)).toMatchObject({ code: 'forbidden-key', path, line: lineOf(sneaky, member) });
  });

  it.each([
    ['as a record id in the stamps', '"stamps": {', '"__proto__": {},', 'meta.stamps.__proto__'],
    ['as a field name in a record\'s stamps', '"sk_sql": {', '"constructor": "1800000000000-000-abcd@pe_a",', 'meta.stamps.sk_sql.constructor'],
  ])('a forbidden key where any text is a valid key, %s, in a map that is otherwise valid', (_where, after, member, path) => {
    const at = text.indexOf(after, text.indexOf('"stamps": {'));
    const sneaky = `${text.slice(0, at + after.length)}\n${member}${text.slice(at + after.length)}`;
    expect(onlyProblem(sneaky)).toMatchObject({ code: 'forbidden-key', path, line: lineOf(sneaky, member) });
  });

  it('a record written twice under one id, which JSON.parse would silently drop', () => {
    const twice = text.replace('"entities": {', '"entities": {\n    "lo_join": { "id": "lo_join", "kind": "outcome", "statement": "Pasted twice" },');
    expect(onlyProblem(twice)).toEqual({
      code: 'duplicate-key',
      path: 'entities.lo_join',
      message: `the key "lo_join" appears twice in entities (lines ${lineOf(twice, '"lo_join": {')} and ${lineOf(text, '"lo_join": {') + 1}); only the later value would be kept`,
      line: lineOf(text, '"lo_join": {') + 1,
      column: 5,
    });
  });

  it('a field written twice inside a record, at any depth, naming both lines', () => {
    const twice = text.replace('"statement": "Write SQL queries"', '"statement": "Write SQL",\n      "statement": "Write SQL queries"');
    const first = lineOf(twice, '"statement": "Write SQL"');
    expect(onlyProblem(twice)).toMatchObject({
      code: 'duplicate-key',
      path: 'entities.sk_sql.statement',
      message: `the key "statement" appears twice in entities.sk_sql (lines ${first} and ${first + 1}); only the later value would be kept`,
      line: first + 1,
    });
    const deeper = text.replace('"lo_join": {\n        "kind"', '"lo_join": {\n        "statement": "1767225600003-000-test0001@pe_author",\n        "kind"').replace('"meta": {', '"meta": {\n    "tombstones": {},');
    expect(problemsOf(parseDocument(deeper)).map((p) => p.path)).toEqual(['meta.stamps.lo_join.statement', 'meta.tombstones']);
  });

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['an object of another format', '{"format": "excalidraw", "schemaVersion": 2}'],
    ['an object without a format', '{"schemaVersion": 2}'],
  ])('JSON that is not a map: %s', (_what, input) => {
    expect(onlyProblem(input)).toMatchObject({ code: 'not-mcred', message: expect.stringContaining('"format": "micro-credential-studio"') });
  });

  it.each([['"2"'], ['0'], ['1.5'], ['null']])('a schemaVersion that is not a version: %s', (version) => {
    const input = `{"format": "micro-credential-studio", "schemaVersion": ${version}}`;
    expect(onlyProblem(input)).toMatchObject({ code: 'bad-version', path: 'schemaVersion', message: expect.stringContaining(version) });
  });

  it('a map from a newer version of the app, telling the user to update it', () => {
    const newer = text.replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${SCHEMA_VERSION + 1}`);
    const problem = onlyProblem(newer);
    expect(problem).toMatchObject({ code: 'newer-version', path: 'schemaVersion' });
    expect(problem.message).toMatch(/newer Micro-Credential Studio/);
    expect(problem.message).toMatch(/Update the app/);
  });

  it('a map whose upgrade fails, naming the step', () => {
    vi.spyOn(MIGRATIONS[0]!, 'migrate').mockImplementation(() => {
      throw new Error('unexpected credits');
    });
    const old = text.replace(`"schemaVersion": ${SCHEMA_VERSION}`, '"schemaVersion": 1');
    expect(onlyProblem(old)).toEqual({ code: 'migration-failed', message: `could not upgrade the map from format 1 (${MIGRATIONS[0]!.name}): unexpected credits` });
  });

  it('a value the schema rejects, with its path and line', () => {
    const bad = text.replace('"statement": "Write SQL queries"', '"statement": ""');
    const result = parseDocument(bad);
    expect(result).toMatchObject({ ok: false, readable: false });
    expect(problemsOf(result)).toEqual([{ code: 'schema', path: 'entities.sk_sql.statement', message: 'must not be empty', line: lineOf(bad, '"statement": ""'), column: 20 }]);
  });

  it('a missing field, on the line of the record that lacks it', () => {
    const bad = text.replace(/\n\s*"skillType": "skill",/, '');
    const [problem] = problemsOf(parseDocument(bad));
    expect(problem).toMatchObject({ code: 'schema', path: 'entities.sk_sql.skillType', line: lineOf(bad, '"sk_sql": {') });
  });

  it('a field the schema does not know', () => {
    const bad = text.replace('"statement": "Write SQL queries"', '"statement": "Write SQL queries",\n      "colour": "red"');
    expect(problemsOf(parseDocument(bad))[0]).toMatchObject({ code: 'schema', path: 'entities.sk_sql', message: expect.stringContaining('colour') });
  });

  it('records that do not fit together, as readable with the path and line of each', () => {
    const bad = text.replace('"to": "lo_join"', '"to": "lo_gone"');
    const result = parseDocument(bad);
    expect(result).toMatchObject({ ok: false, readable: true });
    expect(problemsOf(result)).toEqual([
      { code: 'reference', path: 'links.ln_1.to', message: 'the link\'s end "lo_gone" does not exist', line: lineOf(bad, '"to": "lo_gone"'), column: 13 },
    ]);
  });

  it('a file whose schema problems are past counting, reporting at most 200', () => {
    let big = makeMap();
    for (let i = 0; i < 210; i++) big = apply(big, 'entity.create', { entity: makeSkill({ id: `sk_many${i}` }) });
    const bad = serialiseDocument(big).replaceAll('"skillType": "skill"', '"skillType": "talent"');
    const problems = problemsOf(parseDocument(bad));
    expect(problems).toHaveLength(200);
    // Lines of all 200 come from one scan of the file, not one scan each.
    expect(problems.filter((p) => p.line !== undefined)).toHaveLength(200);
    expect(parseDocument(bad)).toMatchObject({ more: 10 });
  });
});

describe('describeProblem', () => {
  it('puts where before what', () => {
    expect(describeProblem({ code: 'schema', path: 'entities.sk_1.statement', line: 12, column: 20, message: 'must not be empty' })).toBe(
      'entities.sk_1.statement, line 12, column 20: must not be empty',
    );
    expect(describeProblem({ code: 'empty', message: 'the file is empty' })).toBe('the file is empty');
  });
});

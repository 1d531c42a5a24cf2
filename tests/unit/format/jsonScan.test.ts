import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, findSyntaxError, formatPath, locatePath, positionOf } from '../../../shared/format';
import { countKeysInText, locatePaths } from '../../../shared/format/jsonScan';
import { countTreeKeys } from '../../../shared/format/read';
import { getAt, type JsonPath } from '../../helpers/json';

/** Every path into a JSON value, the root included. */
function allPaths(value: unknown, at: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => allPaths(v, [...at, k]))];
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findSyntaxError', () => {
  it.each([
    ['a trailing comma in an array', '[1, 2,]', 'unexpected "]"', 1, 7],
    ['a trailing comma in an object', '{"a": 1,\n}', 'expected a quoted key after ",", found "}"', 2, 1],
    ['a missing colon', '{"a" 1}', 'expected ":" after a key, unexpected "1"', 1, 6],
    ['a missing comma', '{"a": 1\n "b": 2}', 'expected "," or "}", unexpected "\\""', 2, 2],
    ['a single-quoted string', "{'a': 1}", "expected a quoted key, found \"'\"", 1, 2],
    ['an unclosed string', '{"a": "abc', 'a string is not closed', 1, 7],
    ['a raw line break inside a string', '["ab\ncd"]', 'a control character (such as a raw line break) inside a string', 1, 5],
    ['an unknown escape', '["\\x41"]', 'bad escape in a string', 1, 3],
    ['a short \\u escape', '["\\u12"]', 'bad \\u escape in a string', 1, 3],
    ['a number with a leading zero', '[01]', 'expected "," or "]", unexpected "1"', 1, 3],
    ['a comment', '{\n  // note\n  "a": 1\n}', 'expected a quoted key, found "/"', 2, 3],
    ['text after the end', '{}\n{}', 'unexpected text after the end of the document: unexpected "{"', 2, 1],
    ['a file cut short', '{"a": [1, 2', 'expected "," or "]", the file ends too early', 1, 12],
    ['nothing at all', '  ', 'the file is empty', 1, 1],
  ])('finds %s', (_what, text, message, line, column) => {
    expect(parses(text)).toBe(false);
    expect(findSyntaxError(text)).toEqual({ message, line, column });
  });

  it('finds nothing wrong in tricky but valid JSON', () => {
    const valid = ['{"a\\"b": [[], [{}], [[1, [2, [3]]]]], "\\u00e9\\\\": -0.5e-10, "": null}', '"just a string"', ' true ', '[1E+2, 0, -0, 0.0]', '{"a": "\\ud83d\\ude00 \\/"}'];
    for (const text of valid) expect({ text, error: findSyntaxError(text) }).toEqual({ text, error: undefined });
  });

  it('agrees with JSON.parse about which texts are JSON, on JSON with one character changed', () => {
    const edit = fc.record({ at: fc.nat(), char: fc.constantFrom('', '"', ',', ':', '{', '}', '[', ']', '\\', ' ', '\n', 'x', '0', '-', '.', 'e') });
    fc.assert(
      fc.property(fc.json({ stringUnit: 'binary' }), edit, (json, { at, char }) => {
        const i = at % (json.length + 1);
        const text = json.slice(0, i) + char + json.slice(i + 1);
        expect(findSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not run out of stack on 100,000 levels of nesting', () => {
    const depth = 100_000;
    expect(findSyntaxError('['.repeat(depth) + ']'.repeat(depth))).toBeUndefined();
    expect(findSyntaxError('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))).toBeUndefined();
    expect(findSyntaxError('['.repeat(depth))).toEqual({ message: 'the file ends too early', line: 1, column: depth + 1 });
  });
});

describe('locatePath', () => {
  const text = '{\n  "a\\"b": {\n    "list": [[1, [2, 3]], 4],\n    "x\\u0041": true\n  },\n  "": "empty key"\n}\n';

  it.each([
    ['the whole file', [], 1, 1],
    ['a key with an escaped quote', ['a"b'], 2, 11],
    ['a value in nested arrays', ['a"b', 'list', 0, 1, 1], 3, 22],
    ['the element after a nested array', ['a"b', 'list', 1], 3, 27],
    ['a key written with a \\u escape', ['a"b', 'xA'], 4, 16],
    ['an empty key', [''], 6, 7],
  ])('finds %s', (_what, path, line, column) => {
    expect(locatePath(text, path)).toEqual({ line, column });
  });

  it('finds nothing at a path that is not there', () => {
    expect(locatePath(text, ['a"b', 'list', 2])).toBeUndefined();
    expect(locatePath(text, ['missing'])).toBeUndefined();
    expect(locatePath(text, ['a"b', 'list', '0'])).toBeUndefined();
  });

  it('finds a value before a syntax error, and nothing after it', () => {
    const broken = '{"a": 1, "b": [2,, 3], "c": 4}';
    expect(locatePath(broken, ['a'])).toEqual({ line: 1, column: 7 });
    expect(locatePath(broken, ['c'])).toBeUndefined();
  });

  it('finds where every value of a compact JSON text starts', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const value: unknown = JSON.parse(json);
        for (const path of allPaths(value)) {
          const pos = locatePath(json, path);
          expect(pos?.line).toBe(1);
          expect(json.startsWith(JSON.stringify(getAt(value, path)), pos!.column - 1)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a value 100,000 levels deep without running out of stack', () => {
    const depth = 100_000;
    const deep = '['.repeat(depth) + '"here"' + ']'.repeat(depth);
    expect(locatePath(deep, new Array<number>(depth).fill(0))).toEqual({ line: 1, column: depth + 1 });
  });
});

describe('formatPath and positionOf', () => {
  it('write paths the way a person reads them', () => {
    expect(formatPath([])).toBe('(the whole file)');
    expect(formatPath(['entities', 'sk_1', 'participation', 0])).toBe('entities.sk_1.participation[0]');
    expect(formatPath([0, 'a', 1, 2])).toBe('[0].a[1][2]');
  });

  it('count lines from 1 and columns from 1, with Windows line endings too', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
  });
});

describe('locatePaths, countKeysInText and findDuplicateKeys', () => {
  it('locates every path of an indented text in one scan, as locatePath does one by one', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const text = JSON.stringify(JSON.parse(json), null, 2);
        const paths = allPaths(JSON.parse(text));
        expect(locatePaths(text, paths)).toEqual(paths.map((p) => locatePath(text, p)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts at least as many keys as the text writes, so a key written twice is never missed', () => {
    fc.assert(
      fc.property(fc.json({ stringUnit: 'binary' }), fc.constantFrom(0, 2, '\t'), (json, indent) => {
        const value: unknown = JSON.parse(json);
        const text = JSON.stringify(value, null, indent);
        expect(countKeysInText(text)).toBeGreaterThanOrEqual(countTreeKeys(value));
        expect(findDuplicateKeys(text).total).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('finds every key written twice, at any depth, with both lines and the dropped value', () => {
    const text = '{\n  "a": {\n    "x": 1,\n    "x": [2, 3]\n  },\n  "b": "one",\n  "b": "two",\n  "b": "three"\n}';
    const { found, total } = findDuplicateKeys(text);
    expect(total).toBe(3);
    expect(found.map((d) => [formatPath(d.path), d.first.line, d.second.line, d.dropped])).toEqual([
      ['a.x', 3, 4, '1'],
      ['b', 6, 7, '"one"'],
      ['b', 7, 8, '"two"'],
    ]);
    expect(countKeysInText(text)).toBeGreaterThan(countTreeKeys(JSON.parse(text)));
  });
});

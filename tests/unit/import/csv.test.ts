import { describe, expect, it } from 'vitest';
import { decodeText, detectSeparator, readTable, tokenize } from '../../../shared/import';

describe('tokenize (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and embedded newlines, with start lines', () => {
    const text = 'a,b,c\n1,"x, ""y""",3\n"multi\nline\r\nfield",2,"z"\r\nlast,,\r';
    const { records, problems } = tokenize(text, ',');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', 'x, "y"', '3'], line: 2 },
      { cells: ['multi\nline\r\nfield', '2', 'z'], line: 3 },
      { cells: ['last', '', ''], line: 6 },
    ]);
  });

  it('counts lone CR line ends and skips blank lines', () => {
    const { records } = tokenize('a\rb\r\r"c\rd"\re', ',');
    expect(records.map((r) => [r.cells[0], r.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c\rd', 4],
      ['e', 6],
    ]);
  });

  it('reports an unterminated quote at the line where its record starts', () => {
    const { records, problems } = tokenize('a,b\n1,"never\nclosed', ',');
    expect(problems).toEqual([{ line: 2, message: 'a quoted field is never closed (missing ")' }]);
    expect(records[1]?.cells).toEqual(['1', 'never\nclosed']);
  });

  it('keeps text after a closing quote and a quote inside an unquoted field (lenient)', () => {
    expect(tokenize('"ab"c,d"e', ',').records[0]?.cells).toEqual(['abc', 'd"e']);
  });
});

describe('separators and tables', () => {
  it.each([
    ['a,b,c\n', ','],
    ['a;b;c\n1,5;2,5;3\n', ';'],
    ['a\tb\tc, d\n', '\t'],
    ['"x;y",b,c\n', ','],
    ['single\n', ','],
  ])('%j → %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));

  it('leaves ragged rows out and reports them with the physical line', () => {
    const t = readTable('h1,h2\n"a\nb",c\nonly\nx,y,z\nok,ok\n');
    expect(t.records.map((r) => r.line)).toEqual([2, 6]);
    expect(t.problems).toEqual([
      { line: 4, message: 'has 1 column, the header has 2' },
      { line: 5, message: 'has 3 columns, the header has 2' },
    ]);
  });
});

describe('decodeText', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('drops a UTF-8 BOM', () => expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('é,x')]))).toEqual({ text: 'é,x', encoding: 'utf-8', bom: true }));
  it('reads UTF-16 LE and BE with BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0, 0xe9, 0]);
    const be = new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0xe9]);
    expect(decodeText(le)).toEqual({ text: 'Aé', encoding: 'utf-16le', bom: true });
    expect(decodeText(be)).toEqual({ text: 'Aé', encoding: 'utf-16be', bom: true });
  });
  it('reads UTF-16 LE without BOM from its NUL pattern', () => expect(decodeText(new Uint8Array([0x61, 0, 0x2c, 0, 0x62, 0])).text).toBe('a,b'));
  it('drops a BOM character from text', () => expect(decodeText('\ufeffa').text).toBe('a'));
});

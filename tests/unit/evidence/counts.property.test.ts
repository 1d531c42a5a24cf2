import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPostings, CsvStream, readPostings, PostingsReader, type Posting, type RowProblem } from '../../../shared/evidence';
import { tokenize } from '../../../shared/import';
import { decodeText } from '../../../shared/import';
import { createSampleDocument } from '../../../shared/sample';

const dir = join(__dirname, '../../fixtures/postings');
const csvText = decodeText(new Uint8Array(readFileSync(join(dir, 'postings.csv')))).text;
const jsonText = readFileSync(join(dir, 'postings.jsonl'), 'utf8');
const doc = createSampleDocument();
const all = readPostings(csvText).postings;

/** Cuts text at the given (sorted, deduplicated) offsets. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

function readChunks(chunks: string[]): { postings: Posting[]; problems: RowProblem[] } {
  const postings: Posting[] = [];
  const problems: RowProblem[] = [];
  const r = new PostingsReader({}, (p) => postings.push(p), (p) => problems.push(p));
  for (const c of chunks) r.push(c);
  r.end();
  problems.sort((a, b) => a.line - b.line);
  return { postings, problems };
}

describe('evidence properties', () => {
  it('the counts do not depend on the order of the postings', () => {
    const expected = countPostings(doc, all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        expect(countPostings(doc, shuffled)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('feeding the file in chunks gives what feeding it at once gives (CSV and JSON lines)', () => {
    for (const text of [csvText, jsonText, csvText.replace(/\n/g, '\r\n')]) {
      const once = readPostings(text);
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 40 }), (at) => {
          const chunked = readChunks(cut(text, at));
          expect(chunked.postings).toEqual(once.postings);
          expect(chunked.problems).toEqual(once.problems);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('the streaming CSV reader agrees with the import tokenizer on any quoted text, fed in any chunks', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'), maxLength: 6 });
    const rowArb = fc.array(cellArb.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)), { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(rowArb, lineEnd), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (rows, at) => {
        const text = rows.map(([r, e]) => r + e).join('');
        const expected = tokenize(text, ',');
        const records: { cells: string[]; line: number }[] = [];
        const problems: RowProblem[] = [];
        const s = new CsvStream({ separator: ',' }, (r) => records.push(r), (p) => problems.push(p));
        for (const c of cut(text, at)) s.push(c);
        s.end();
        expect(records).toEqual(expected.records);
        expect(problems).toEqual(expected.problems);
      }),
      { numRuns: 400 },
    );
  });
});

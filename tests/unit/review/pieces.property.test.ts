import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReviewDocx } from '../../../shared/review/read';
import { authorText, pieceText } from '../../../shared/review/read/pieces';
import { buildDocx, del, field, ins, p, run } from '../../fixtures/review/docx';
import { A } from '../../fixtures/review/scenario';

const AUTHORS = ['Ana', 'Ben', 'Chloé Ôde'];
const text = fc.string({ unit: fc.constantFrom(...'ab c<&>"é—\''.split('')), minLength: 1, maxLength: 8 });
const piece = fc.record({ op: fc.constantFrom('same', 'insert', 'delete'), author: fc.constantFrom(...AUTHORS), text });

describe('reading a field back (property)', () => {
  it('with one author’s changes accepted and the others rejected, gives the text that author meant', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...AUTHORS), (pieces, who) => {
        const xml = pieces.map((x) => (x.op === 'same' ? run(x.text) : x.op === 'insert' ? ins(x.author, '2026-03-01T10:00:00Z', x.text) : del(x.author, '2026-03-01T10:00:00Z', x.text))).join('');
        const r = readReviewDocx(buildDocx({ body: p(field(A.detect, xml)) }));
        if (!r.ok) throw new Error(r.message);
        const read = r.reading.fields[0]?.pieces ?? [];
        const expected = pieces.filter((x) => x.op === 'same' || (x.op === 'insert') === (x.author === who)).map((x) => x.text).join('');
        expect(authorText(read, who, (a, b) => a === b)).toBe(expected);
        expect(pieceText(read, 'base')).toBe(pieces.filter((x) => x.op !== 'insert').map((x) => x.text).join(''));
        expect(pieceText(read, 'visible')).toBe(pieces.filter((x) => x.op !== 'delete').map((x) => x.text).join(''));
      }),
      { numRuns: 150 },
    );
  });
});

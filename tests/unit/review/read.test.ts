import { describe, expect, it } from 'vitest';
import { readReviewDocx } from '../../../shared/review/read';
import type { ReviewReading } from '../../../shared/review/reading';
import { bookmarkEnd, bookmarkStart, buildDocx, del, documentXml, field, heading, ins, insertedParagraph, p, run } from '../../fixtures/review/docx';
import { A, JUNK_DATE, RUTH, RUTH_DATE, RUTH_LATER, SAVED_AT, SAVED_BY, TEXT, TOM, scenarioDocx } from '../../fixtures/review/scenario';

function read(bytes: Uint8Array): ReviewReading {
  const r = readReviewDocx(bytes);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.reading;
}
const fieldsOf = (r: ReviewReading, anchor: string) => r.fields.filter((f) => f.anchor === anchor);

describe('readReviewDocx: a returned review copy', () => {
  const reading = read(scenarioDocx());

  it('reads the custom and core properties', () => {
    expect(reading.properties).toEqual({ kind: 'Micro-Credential Studio review copy', mapId: 'map_nsucyber', revisionId: 'rv_facultyreview', credentialId: 'mc_analyst' });
    expect(reading.lastModifiedBy).toBe(SAVED_BY);
    expect(reading.modified).toBe(SAVED_AT);
  });

  it('reads a field as pieces with each tracked change, its author and its date as written', () => {
    const [detect] = fieldsOf(reading, A.detect);
    expect(detect?.pieces).toEqual([
      { text: 'Analyse', op: 'delete', author: RUTH, date: RUTH_DATE },
      { text: 'Investigate', op: 'insert', author: RUTH, date: RUTH_DATE },
      { text: TEXT.detectTail, op: 'same' },
      { text: TEXT.detectEnd.slice(0, -1), op: 'delete', author: TOM, date: JUNK_DATE },
      { text: '.', op: 'same' },
    ]);
    expect(detect?.where).toBe('3 Learning outcomes');
  });

  it('keeps a label outside the bookmark out of the field, and places fields under their heading or the cover', () => {
    expect(fieldsOf(reading, A.description)[0]?.pieces[0]).toEqual({ text: 'A ', op: 'same' });
    expect(fieldsOf(reading, A.title)[0]).toEqual({ anchor: A.title, pieces: [{ text: TEXT.title, op: 'same' }], where: 'Cover page' });
    expect(fieldsOf(reading, `${A.workload}_2`)[0]?.where).toBe('1 Overview');
  });

  it("gives back to a field the insertion LibreOffice puts just after the bookmark's end", () => {
    expect(fieldsOf(reading, A.rules)[0]?.pieces).toEqual([
      { text: TEXT.rules, op: 'same' },
      { text: ' for SIEM platforms', op: 'insert', author: RUTH, date: RUTH_LATER },
    ]);
  });

  it('reads comments with the anchors their range covers, replies, the done flag, quoted text and place', () => {
    const byId = new Map(reading.comments.map((c) => [c.id, c]));
    expect(byId.get('1')).toMatchObject({ author: RUTH, date: RUTH_DATE, text: 'These two outcomes overlap.', anchors: [A.detect, A.rules], done: false, where: '3 Learning outcomes' });
    expect(byId.get('1')?.quoted).toMatch(/^Investigate packet captures .* Configure security/);
    expect(byId.get('2')).toMatchObject({ parentId: '1', date: JUNK_DATE });
    expect(byId.get('3')).toMatchObject({ done: true, anchors: [A.remediate] });
    expect(byId.get('4')).toMatchObject({ anchors: [], quoted: 'Northfield State University', where: 'Cover page', text: 'Use the full legal name.\nSee the style guide.' });
    expect(byId.get('5')?.parentId).toBe('4');
  });

  it('reports strays: a tracked change and a new paragraph outside every field, with where they are', () => {
    expect(reading.strays).toEqual([
      { kind: 'change', text: 'Deleted “The learner will be able to:”', author: TOM, date: JUNK_DATE, where: '3 Learning outcomes' },
      { kind: 'paragraph', text: 'Add an outcome on threat hunting.', author: RUTH, date: RUTH_LATER, where: '3 Learning outcomes' },
    ]);
  });

  it('lists an anchor found twice as duplicated, with both occurrences among the fields', () => {
    expect(reading.duplicateAnchors).toEqual([A.triage]);
    expect(fieldsOf(reading, A.triage)).toHaveLength(2);
  });
});

describe('readReviewDocx: what Word and LibreOffice may write', () => {
  const one = (body: string, extra: Parameters<typeof buildDocx>[0] = { body: '' }) => read(buildDocx({ ...extra, body }));
  const NAME = A.detect;

  it('takes moves as a deletion and an insertion, and skips field codes, mc:Fallback and property-change records', () => {
    const r = one(
      p(
        field(
          NAME,
          `<w:moveFrom w:id="1" w:author="${RUTH}" w:date="${RUTH_DATE}"><w:r><w:t>old </w:t></w:r></w:moveFrom>`,
          `<w:r><w:rPr><w:rPrChange w:id="2" w:author="x"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>kept</w:t></w:r>`,
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
          '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>',
          '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>A</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>A</w:t></w:r></mc:Fallback></mc:AlternateContent>',
          '<w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent><w:r><w:t>B</w:t></w:r></w:sdtContent></w:sdt>',
          `<w:moveTo w:id="3" w:author="${RUTH}" w:date="${RUTH_DATE}"><w:r><w:tab/><w:t>new</w:t><w:br/></w:r></w:moveTo>`,
        ),
      ),
    );
    expect(r.fields[0]?.pieces).toEqual([
      { text: 'old ', op: 'delete', author: RUTH, date: RUTH_DATE },
      { text: 'kept79AB', op: 'same' },
      { text: '\tnew\n', op: 'insert', author: RUTH, date: RUTH_DATE },
    ]);
  });

  it('reads a field over two paragraphs, a new paragraph mark inside it as an inserted line break', () => {
    const r = one(
      `<w:p><w:pPr><w:rPr><w:ins w:id="9" w:author="${TOM}" w:date="${RUTH_DATE}"/></w:rPr></w:pPr>${bookmarkStart(5, NAME)}${run('First')}</w:p>` + p(run('Second'), bookmarkEnd(5)),
    );
    expect(r.fields[0]?.pieces).toEqual([
      { text: 'First', op: 'same' },
      { text: '\n', op: 'insert', author: TOM, date: RUTH_DATE },
      { text: 'Second', op: 'same' },
    ]);
    expect(r.strays).toEqual([]);
  });

  it('does not give a field text typed after its end when unchanged text follows; that text is a stray', () => {
    const r = one(heading('2 Details') + p(field(NAME, run('Text')), ins(RUTH, RUTH_DATE, ' more'), run(' hours')));
    expect(r.fields[0]?.pieces).toEqual([{ text: 'Text', op: 'same' }]);
    expect(r.strays).toEqual([{ kind: 'change', text: 'Inserted “more”', author: RUTH, date: RUTH_DATE, where: '2 Details' }]);
  });

  it('reads w: elements under any prefix, and never DrawingML text as Word text', () => {
    const xml = documentXml(p(field(NAME, run('Word text'))))
      .replace(/<(\/?)w:/g, '<$1ww:')
      .replace(/ w:/g, ' ww:')
      .replace('xmlns:w=', 'xmlns:w="urn:other" xmlns:ww=')
      .replace('<ww:body>', '<ww:body><ww:p><ww:r><a:t xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">shape text</a:t></ww:r></ww:p>');
    const r = read(buildDocx({ body: '', parts: { 'word/document.xml': xml } }));
    expect(r.fields).toEqual([{ anchor: NAME, pieces: [{ text: 'Word text', op: 'same' }], where: 'Cover page' }]);
  });

  it('places changes in headers and footers as "Header/footer", and a comment without a range on the field it sits in', () => {
    const r = one(p(field(NAME, run('Text'), '<w:r><w:commentReference w:id="7"/></w:r>')), {
      body: '',
      headers: [insertedParagraph(RUTH, RUTH_DATE, 'DRAFT')],
      comments: `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="${TOM}"><w:p><w:r><w:t>Point</w:t></w:r></w:p></w:comment></w:comments>`,
    });
    expect(r.strays).toEqual([{ kind: 'paragraph', text: 'DRAFT', author: RUTH, date: RUTH_DATE, where: 'Header/footer' }]);
    expect(r.comments).toEqual([{ id: '7', author: TOM, text: 'Point', done: false, anchors: [NAME], quoted: '', where: 'Cover page' }]);
  });

  it('reports a copied bookmark ("… Copy 1") as a duplicate', () => {
    const r = one(p(field(NAME, run('One'))) + p(field(`${NAME} Copy 1`, run('One'), del(RUTH, RUTH_DATE, 'x'))));
    expect(r.duplicateAnchors).toEqual([`${NAME} Copy 1`]);
  });
});

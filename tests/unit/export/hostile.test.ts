import { describe, expect, it } from 'vitest';
import { exportCatalogue, exportSpecification, matrixCsv, ob3Achievement } from '../../../shared/export';
import { cleanText } from '../../../shared/export/text';
import { all, first, readDocx, text } from './helpers/docx';
import { NOW } from './helpers/fixtures';
import { ARABIC, EMOJI, HEBREW, LONG, XML_SPECIALS, hostileMap } from './helpers/hostile';

describe('hostile text exports to valid documents', () => {
  const { doc, credentialId, revisionId } = hostileMap();
  const specP = exportSpecification(doc, credentialId, { now: NOW, against: revisionId, pageNumbers: false }).then(readDocx);

  it('writes every XML part well-formed, in valid UTF-8, without forbidden characters', async () => {
    const parts = await specP;
    const xmlParts = parts.files.filter((f) => /\.(xml|rels)$/.test(f));
    expect(xmlParts.length).toBeGreaterThan(10);
    for (const f of xmlParts) expect(() => parts.xml(f), f).not.toThrow();
  });

  it('keeps the text itself: XML specials, right-to-left scripts, emoji and the whole 10,000-character field', async () => {
    const body = text(first((await specP).xml('word/document.xml'), 'w:body')!);
    for (const s of [XML_SPECIALS, ARABIC, HEBREW, EMOJI]) expect(body).toContain(s);
    expect(body).toContain(LONG);
    expect(LONG.length).toBeGreaterThan(10_000);
  });

  it('drops control characters and replaces lone surrogates with U+FFFD', async () => {
    const body = text(first((await specP).xml('word/document.xml'), 'w:body')!, { deleted: true });
    // eslint-disable-next-line no-control-regex -- looking for them
    expect(body).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/);
    expect(body).toContain('broken \uFFFD here and \uFFFD there');
    expect(cleanText('a\u0000b\u001Fc\r\nd\re')).toBe('abc\nd\ne');
  });

  it('carries the hostile comment and the tracked change', async () => {
    const parts = await specP;
    const comment = text(first(parts.xml('word/comments.xml'), 'w:comment')!);
    expect(comment).toContain(ARABIC);
    expect(comment).toContain(XML_SPECIALS);
    const ins = all(first(parts.xml('word/document.xml'), 'w:body')!, 'w:ins').map((i) => text(i)).join('');
    expect(ins).toContain(HEBREW);
  });

  it('also makes a valid catalogue and open data', async () => {
    const cat = readDocx(await exportCatalogue(doc, [credentialId], { now: NOW, pageNumbers: false }));
    expect(() => cat.xml('word/document.xml')).not.toThrow();
    const csv = matrixCsv(doc, credentialId);
    expect(csv).toContain(`\r\nS1,'=cmd|' /C calc'!A0 ${ARABIC} broken \uFFFD here and \uFFFD there,essential,`);
    const { achievement } = ob3Achievement(doc, credentialId);
    expect(JSON.parse(JSON.stringify(achievement)).name).toBe(achievement.name);
    expect(JSON.stringify(achievement)).not.toMatch(/\\u00[01]/);
  });
});

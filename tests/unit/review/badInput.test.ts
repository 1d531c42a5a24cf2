import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReviewDocx } from '../../../shared/review/read';
import type { ReviewErrorCode } from '../../../shared/review/reading';
import { buildDocx, commentsXml, docxParts, documentXml, field, p, run } from '../../fixtures/review/docx';
import { A } from '../../fixtures/review/scenario';

/** Rewrites the unpacked size a zip declares for `name`, in its local header and its directory entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const bytes = strToU8(name);
  const nameAt = (at: number) => bytes.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === bytes.length && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === bytes.length && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

function refused(bytes: Uint8Array, code: ReviewErrorCode, message: RegExp): void {
  const r = readReviewDocx(bytes);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe(code);
  expect(r.message).toMatch(message);
  // A whole sentence for a person: no stack, no "undefined".
  expect(r.message).toMatch(/^[A-Z].*\.$/s);
  expect(r.message).not.toMatch(/undefined|at .*\.ts:\d+/);
}

const good = () => buildDocx({ body: p(field(A.detect, run('Text'))) });

describe('readReviewDocx refuses bad input with a reason, and never throws', () => {
  it('random bytes and an empty file are not Word documents', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    refused(random, 'not-docx', /is not a Word document \(\.docx\)/);
    refused(new Uint8Array(0), 'not-docx', /empty/);
    refused(strToU8('%PDF-1.7 not a zip at all'), 'not-docx', /not a Word document/);
  });

  it('an OLE compound file is a password-protected Office file: says to remove the password', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    refused(ole, 'encrypted', /protected with a password.*remove the password.*save it/);
  });

  it('a zip without word/document.xml is not a Word document', () => {
    refused(zipSync({ 'hello.txt': strToU8('hi') }), 'not-docx', /without word\/document\.xml/);
  });

  it('a truncated zip and broken XML are damaged documents', () => {
    const bytes = good();
    refused(bytes.slice(0, bytes.length - 30), 'corrupt', /damaged.*save it again/);
    refused(buildDocx({ body: '<w:p><w:r><w:t>unclosed</w:r></w:p>' }), 'corrupt', /damaged and cannot be read \(word\/document\.xml: .*close tag\)/);
    const parts = docxParts({ body: p(run('x')) });
    // Deflated data that is not deflate.
    const garbled = zipSync(parts, { level: 6 });
    const docAt = garbled.findIndex((_, i) => strToU8('word/document.xml').every((b, j) => garbled[i + j] === b));
    garbled.fill(0xff, docAt + 20, docAt + 60);
    refused(garbled, 'corrupt', /damaged/);
  });

  it('a DOCTYPE or an ENTITY in any part is unsafe XML', () => {
    const doctype = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">]>${documentXml(p(run('&lol;'))).replace(/^<\?xml[^>]*>/, '')}`;
    refused(buildDocx({ body: '', parts: { 'word/document.xml': doctype } }), 'unsafe-xml', /DTD or entities/);
    const entity = commentsXml([{ id: 1, author: 'X', text: 'hi' }]).replace('<w:comments', '<!ENTITY x SYSTEM "file:///etc/passwd"><w:comments');
    refused(buildDocx({ body: p(run('x')), comments: entity }), 'unsafe-xml', /word\/comments\.xml/);
  });

  it('a .docx without our property is not a review copy', () => {
    refused(buildDocx({ body: p(run('x')), properties: null }), 'not-review-copy', /was not exported by Micro-Credential Studio as a review copy; export one with Export ▸ Word specification/);
    refused(buildDocx({ body: p(run('x')), properties: { 'MCS.Document': 'Something else' } }), 'not-review-copy', /review copy/);
  });

  it('a part declaring a huge size is refused before anything is unpacked', () => {
    refused(declareSize(good(), 'word/document.xml', 0xc0000000), 'too-large', /word\/document\.xml would unpack to 3072 MB \(at most 64 MB\)/);
  });

  it('a file over 50 MB is refused before it is opened', () => {
    refused(new Uint8Array(51 * 1024 * 1024), 'too-large', /larger than 50 MB/);
  });

  describe('100 MB of comments', () => {
    let bomb: Uint8Array;
    beforeAll(() => {
      const parts = docxParts({ body: p(run('x')) });
      const huge = new Uint8Array(100 * 1024 * 1024).fill(0x61);
      bomb = zipSync({ ...parts, 'word/comments.xml': [huge, { level: 1 }] });
    }, 60_000);

    it('is refused quickly as too large, from its declared size', () => {
      const t = performance.now();
      refused(bomb, 'too-large', /word\/comments\.xml would unpack to 100 MB \(at most 16 MB\)/);
      expect(performance.now() - t).toBeLessThan(1_000);
    });

    it('is refused quickly when its header lies about its size: unpacking stops at the declared size', () => {
      const liar = declareSize(bomb, 'word/comments.xml', 2_000);
      const t = performance.now();
      refused(liar, 'too-large', /word\/comments\.xml unpacks to more than the 2 KB it declares/);
      expect(performance.now() - t).toBeLessThan(1_000);
    });

    it('is refused by the ratio guard when it declares a size under the cap but packs like a bomb', () => {
      const parts = docxParts({ body: p(run('x')) });
      const zeros = zipSync({ ...parts, 'word/comments.xml': [new Uint8Array(15 * 1024 * 1024), { level: 9 }] });
      refused(zeros, 'too-large', /times larger than it is stored/);
    });
  });

  it('zip encryption is reported as password protection', () => {
    const bytes = good();
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 4 < bytes.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    refused(bytes, 'encrypted', /password/);
  });
});

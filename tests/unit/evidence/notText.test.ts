import { describe, expect, it } from 'vitest';
import { isNotText, notTextMessage } from '../../../shared/evidence';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const CSV = 'title,employer,date,text\nAnalyst,Acme,2025-03-01,"Monitor security logs and respond to incidents"\n';

/** Pseudo-random bytes, as the compressed body of a workbook or a PDF stream looks. */
function noise(n: number, seed = 1): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) out.push((x = (x * 1103515245 + 12345) >>> 0) >>> 24);
  return out;
}

describe('a postings file that is not text', () => {
  it('is recognised by the signature of a workbook, a PDF, an old Excel file, gzip or an image', () => {
    expect(isNotText(bytes('PK', [3, 4], noise(500)))).toBe(true);
    expect(isNotText(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'))).toBe(true);
    expect(isNotText(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], noise(100)))).toBe(true);
    expect(isNotText(bytes([0x1f, 0x8b, 8, 0], noise(100)))).toBe(true);
    expect(isNotText(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]))).toBe(true);
  });

  it('is recognised by NUL bytes, or by mostly undecodable bytes, without a signature', () => {
    expect(isNotText(bytes('title,text\n', [0, 0, 0, 7], 'Analyst,logs\n'))).toBe(true);
    expect(isNotText(bytes(noise(4000, 5).map((b) => b || 1)))).toBe(true);
  });

  it('leaves text alone: UTF-8, UTF-16 with and without BOM, JSON lines, a few Windows-1252 letters, an empty file', () => {
    expect(isNotText(bytes(CSV))).toBe(false);
    expect(isNotText(new TextEncoder().encode('titre;texte\nAnalyste;Surveiller les journaux — sécurité\n'))).toBe(false);
    expect(isNotText(bytes([0xff, 0xfe], [...Buffer.from(CSV, 'utf16le')]))).toBe(false);
    expect(isNotText(new Uint8Array(Buffer.from(CSV, 'utf16le')))).toBe(false);
    expect(isNotText(bytes('{"title":"Analyst","text":"Monitor logs"}\n'))).toBe(false);
    expect(isNotText(bytes('title,text\nAnalyste,R', [0xe9], 'seau et s', [0xe9], 'curit', [0xe9], '\n'))).toBe(false);
    expect(isNotText(new Uint8Array())).toBe(false);
  });

  it('is named in one sentence that says what to save it as', () => {
    expect(notTextMessage('postings.xlsx')).toBe('postings.xlsx is not a text file: save it as CSV (UTF-8), TSV or JSON lines');
  });
});

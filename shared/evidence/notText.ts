import { detectEncoding } from '../import';

/** How much of the start of a file is looked at: enough for a header and some rows, cheap to read twice. */
export const TEXT_SNIFF_BYTES = 64 * 1024;

/** File formats people save postings in by mistake, by the bytes they start with. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP: .xlsx, .docx, .ods, .zip
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: Excel 97–2003 .xls, .doc
  [0x1f, 0x8b], // gzip
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
];

/**
 * Share of the characters that may be undecodable or control characters before the start is
 * judged not text. A CSV saved in Windows-1252 has a few bytes that are not UTF-8 (é, ü) and
 * is still read, as the import has always done; a binary file has far more.
 */
const MAX_ODD_SHARE = 0.1;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/**
 * Whether the start of a postings file (at most `TEXT_SNIFF_BYTES`) is not text: a known
 * binary signature (PDF, ZIP/XLSX, XLS, gzip, images), NUL bytes in what is not UTF-16, or
 * mostly bytes that are not UTF-8 text. Such a file would otherwise be read as one garbled
 * header and end in "choose the column that holds the posting text", which says nothing of
 * the real problem. Shared by `mcred evidence` and File ▸ Import Job Postings….
 */
export function isNotText(head: Uint8Array): boolean {
  const bytes = head.subarray(0, TEXT_SNIFF_BYTES);
  if (SIGNATURES.some((s) => startsWith(bytes, s))) return true;
  const { encoding, bomLength } = detectEncoding(bytes);
  // UTF-16 text is mostly NUL bytes; decoded, it is judged like any other text below.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength), { stream: true });
  if (!text.length) return false;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) odd++;
  }
  return odd / text.length > MAX_ODD_SHARE;
}

/** The one sentence for a postings file that is not text, in the CLI and the app alike. */
export function notTextMessage(name: string): string {
  return `${name} is not a text file: save it as CSV (UTF-8), TSV or JSON lines`;
}

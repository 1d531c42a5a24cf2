/**
 * Turns the bytes of an imported file into text. Excel's "Unicode text" export is UTF-16 LE
 * with a BOM, CSV exports are UTF-8 with or without a BOM; anything else we read as UTF-8
 * (replacing bad bytes rather than failing, so one odd character never blocks an import).
 * Only TextDecoder is used, so this runs in Node, the renderer and a Web Worker alike.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte-order mark was found (and dropped). */
  bom: boolean;
}

/** Detects the encoding from the byte-order mark, else from the NUL bytes of UTF-16 without BOM, else UTF-8. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: utf16WithoutBom(bytes) ?? 'utf-8', bomLength: 0 };
}

/** How much of the start is looked at for UTF-16 without a BOM. */
const SNIFF_BYTES = 4_096;

/**
 * UTF-16 without a BOM: every ASCII character (separators, line breaks, digits, Latin
 * letters) has a NUL in its high byte — at odd offsets for little-endian, even ones for
 * big-endian — while UTF-8 text has no NUL at all. Counted over the first 4 kB, so a file
 * that starts with non-Latin text (whose code units have no NUL) is still recognised.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (odd > 0 && odd >= 4 * even) return 'utf-16le';
  if (even > 0 && even >= 4 * odd) return 'utf-16be';
  return undefined;
}

/** Decodes bytes (or passes text through, dropping a leading BOM character). */
export function decodeText(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom };
  }
  const { encoding, bomLength } = detectEncoding(input);
  // ignoreBOM: we strip it ourselves, so the decoder must not strip a second one.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(input.subarray(bomLength));
  return { text, encoding, bom: bomLength > 0 };
}

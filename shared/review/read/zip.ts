import { Inflate } from 'fflate';
import { READ_LIMITS, sizeText } from './limits';

/**
 * A zip reader for review copies: the central directory is read by hand (its sizes are the
 * ones Word and LibreOffice write reliably, also when the local headers defer them to a
 * data descriptor) and each part is inflated in small slices, stopping as soon as it
 * outgrows its cap. Nothing here throws on bad input; failures are values.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  packed: number;
  /** The unpacked size the directory declares (may be a lie). */
  declared: number;
  localOffset: number;
}

export type ZipFailure = { fail: 'not-zip' | 'corrupt' | 'encrypted' | 'too-large'; detail: string };

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
// 64-bit fields as doubles: exact up to 2^53, far beyond any size we accept.
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

function findEocd(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, b.length - 22 - 65535);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  return -1;
}

const names = new TextDecoder('utf-8');

/** Reads the central directory. */
export function readDirectory(b: Uint8Array): ZipEntry[] | ZipFailure {
  if (b.length < 22) return { fail: 'not-zip', detail: 'too short to be a zip' };
  const eocd = findEocd(b);
  if (eocd < 0) return { fail: u32(b, 0) === LOCAL ? 'corrupt' : 'not-zip', detail: 'no zip directory' };
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== LOCATOR64) return { fail: 'corrupt', detail: 'a zip64 directory without its locator' };
    const at = u64(b, loc + 8);
    if (at + 56 > b.length || u32(b, at) !== EOCD64) return { fail: 'corrupt', detail: 'a zip64 directory that cannot be found' };
    count = u64(b, at + 32);
    size = u64(b, at + 40);
    offset = u64(b, at + 48);
  }
  if (count > READ_LIMITS.entries) return { fail: 'too-large', detail: `it holds ${count} parts (at most ${READ_LIMITS.entries})` };
  if (offset + size > b.length) return { fail: 'corrupt', detail: 'the zip directory lies outside the file' };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) return { fail: 'corrupt', detail: 'a damaged zip directory entry' };
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > b.length) return { fail: 'corrupt', detail: 'a zip directory entry runs past the end' };
    const entry: ZipEntry = {
      name: names.decode(b.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      packed: u32(b, p + 20),
      declared: u32(b, p + 24),
      localOffset: u32(b, p + 42),
    };
    if (entry.packed === MAX32 || entry.declared === MAX32 || entry.localOffset === MAX32) zip64Extra(b, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The zip64 extra field holds, in this order, only the sizes that did not fit in 32 bits. */
function zip64Extra(b: Uint8Array, start: number, length: number, e: ZipEntry): void {
  for (let q = start; q + 4 <= start + length; ) {
    const id = u16(b, q);
    const len = u16(b, q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const take = () => (r + 8 <= q + 4 + len ? ((r += 8), u64(b, r - 8)) : undefined);
      if (e.declared === MAX32) e.declared = take() ?? e.declared;
      if (e.packed === MAX32) e.packed = take() ?? e.packed;
      if (e.localOffset === MAX32) e.localOffset = take() ?? e.localOffset;
      return;
    }
    q += 4 + len;
  }
}

/** Inflates raw deflate data, giving up as soon as the output passes `cap` bytes. */
export function inflateBounded(data: Uint8Array, cap: number): Uint8Array | 'too-large' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
  });
  // 16 KB of input inflates to at most ~16 MB, so one slice never overshoots the cap much.
  const SLICE = 16 * 1024;
  try {
    for (let i = 0; i < data.length && !over; i += SLICE) {
      const end = Math.min(i + SLICE, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return 'corrupt';
  }
  if (over) return 'too-large';
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The bytes of one entry, unpacked, at most `cap` bytes (declared and actual). */
export function readEntry(b: Uint8Array, e: ZipEntry, cap: number): Uint8Array | ZipFailure {
  if (e.flags & 1) return { fail: 'encrypted', detail: `${e.name} is encrypted` };
  if (e.declared > cap) return { fail: 'too-large', detail: `${e.name} would unpack to ${sizeText(e.declared)} (at most ${sizeText(cap)})` };
  if (e.declared > READ_LIMITS.ratioFloor && e.declared > e.packed * READ_LIMITS.ratio) return { fail: 'too-large', detail: `${e.name} would unpack ${Math.round(e.declared / Math.max(1, e.packed))} times larger than it is stored, as only a zip bomb does` };
  const lh = e.localOffset;
  if (lh + 30 > b.length || u32(b, lh) !== LOCAL) return { fail: 'corrupt', detail: `the local header of ${e.name} is missing` };
  const start = lh + 30 + u16(b, lh + 26) + u16(b, lh + 28);
  if (start + e.packed > b.length) return { fail: 'corrupt', detail: `${e.name} runs past the end of the file` };
  const data = b.subarray(start, start + e.packed);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    // Bounded by the declared size: a header that lies is caught at its first extra byte.
    const r = inflateBounded(data, e.declared);
    if (r === 'too-large') return { fail: 'too-large', detail: `${e.name} unpacks to more than the ${sizeText(e.declared)} it declares, as only a zip bomb does` };
    if (r === 'corrupt') return { fail: 'corrupt', detail: `${e.name} cannot be unpacked` };
    out = r;
  } else return { fail: 'corrupt', detail: `${e.name} uses compression method ${e.method}` };
  if (out.length !== e.declared) return { fail: 'corrupt', detail: `${e.name} unpacks to ${out.length} bytes, not the ${e.declared} it declares` };
    return out;
}

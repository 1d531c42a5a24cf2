import type { ReadResult } from '../reading';

/** Reads a returned review copy. Never throws on bad input: every failure is a ReviewError. */
export function readReviewDocx(bytes: Uint8Array): ReadResult {
  return { ok: false, code: 'corrupt', message: `Reading review copies is not built yet (${bytes.length} bytes).` };
}

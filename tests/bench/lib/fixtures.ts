import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMap } from '../../../shared/sample/generate';
import { parseDocument, serialiseDocument } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import type { BenchContext } from './types';

/** A generated map shared by the figures of one run: the document, its canonical text and file. */
export interface MapFixture {
  /** The document as generated (its maps in creation order, like a map built by commands). */
  doc: McredDocument;
  /** The document as the app holds it after opening the file: parseDocument(bytes).doc. */
  loaded: McredDocument;
  text: string;
  bytes: Uint8Array;
  /** The canonical file on disk, in the run's scratch folder. */
  file: string;
  /** Size of the canonical file, MB (2^20 bytes, as the app's messages count them). */
  sizeMb: number;
}

export const MB = 1024 * 1024;
export const BENCH_SEED = 20_260_301;

export function mapFixture(ctx: BenchContext, entities: number): MapFixture {
  return ctx.cached(`map-${entities}`, () => {
    const doc = generateMap({ seed: BENCH_SEED, entities });
    const text = serialiseDocument(doc);
    const bytes = new TextEncoder().encode(text);
    const file = join(ctx.tmpDir, `map-${entities}.mcred`);
    writeFileSync(file, bytes);
    const result = parseDocument(bytes);
    if (!result.ok) throw new Error(`the generated map does not load: ${result.problems[0]?.message ?? 'unknown problem'}`);
    return { doc, loaded: result.doc, text, bytes, file, sizeMb: bytes.byteLength / MB };
  });
}

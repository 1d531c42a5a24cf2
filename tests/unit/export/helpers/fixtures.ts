import { exportSpecification, type DocxOptions } from '../../../../shared/export';
import type { McredDocument } from '../../../../shared/model';
import { createSampleDocument } from '../../../../shared/sample';
import { ID } from '../../../../shared/sample/example/ids';
import { readDocx, type DocxParts } from './docx';

export { ID };

/** The date printed on exported test documents. */
export const NOW = new Date('2026-03-20T10:00:00Z');

let sample: McredDocument | undefined;
/** The built-in example map (built once per test file). */
export function sampleDoc(): McredDocument {
  return (sample ??= createSampleDocument());
}

const cache = new Map<string, Promise<Uint8Array>>();

/** The example's analyst certificate exported as .docx (memoised per option set). */
export function sampleSpec(options: Partial<DocxOptions> = {}): Promise<Uint8Array> {
  const key = JSON.stringify(options);
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, pageNumbers: false, ...options })));
  return hit;
}

export async function sampleParts(options: Partial<DocxOptions> = {}): Promise<DocxParts> {
  return readDocx(await sampleSpec(options));
}

import { generateMap } from '../../../shared/sample/generate';
import { serialiseDocument } from '../../../shared/format';
import { BENCH_SEED } from './fixtures';

/**
 * A big map broken everywhere, as a bad merge or a buggy script leaves one: every change
 * stamp of the generated map made invalid, so schema problems run into the hundreds of
 * thousands. Made at run time (never committed); `entities: 60_000` gives about 63 MB.
 */
export function bigBadMapText(entities: number): string {
  const text = serialiseDocument(generateMap({ seed: BENCH_SEED, entities }));
  // A stamp is "<13 digits>-<3>-<replica>@<author>"; dropping the dash after the digits breaks each one.
  return text.replace(/"(\d{13})-([0-9a-z]{3}-)/g, '"$1$2');
}
